using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Semantics.Schema;
using Mibc.Language.Text;
using Mibc.Language.Tls;
using Mibc.Language.TypeSystem;

namespace Mibc.Language.Semantics;

/// <summary>
/// Checks the TLS settings against the target's OpenSSL: cipher strings and ciphersuites as OpenSSL reads
/// them, listener blocks, and listeners left without a cipher suite for a protocol they enable.
/// </summary>
internal sealed class TlsChecker(BindingContext context)
{
    public void Check(ModelParts parts)
    {
        var policy = parts.Policy;
        var openSsl = TargetOpenSsl.For(parts.Os);
        var os = LanguageTypes.Os.WordFor(parts.Os);
        CheckListenerBlocks(policy);

        var valid = CheckSettings(policy.Tls.Ciphers, policy.Tls.Ciphersuites, openSsl, os);
        foreach (var listener in policy.Listeners)
        {
            valid &= CheckSettings(listener.Tls.Ciphers, listener.Tls.Ciphersuites, openSsl, os);
        }

        // NOTE: a cipher string with an error already has its diagnostic, and what it selects means little.
        if (valid)
        {
            CheckProtocolsHaveCiphers(EffectiveTls.For(policy, parts.Os));
        }
    }

    private void CheckListenerBlocks(SecurityPolicy policy)
    {
        var first = new Dictionary<Listener, ListenerSettings>();
        foreach (var settings in policy.Listeners)
        {
            var listener = settings.Listener;
            if (!first.TryAdd(listener.Value, settings))
            {
                context.Report(DiagnosticCatalog.DuplicateListener, listener.Span, listener.Value.Name(), first[listener.Value].Listener.Span.StartLine);
                continue;
            }

            if (!listener.Value.IsServed(policy))
            {
                var (reason, fix) = WhyNotServed(listener.Value, policy);
                context.Report(DiagnosticCatalog.ListenerNotServed, listener.Span, listener.Value.Name(), reason, fix);
            }

            if (listener.Value == Listener.OutboundSmtp && settings.Tls.DhBits is { } dhBits)
            {
                context.Report(DiagnosticCatalog.ListenerSettingIgnored, dhBits.Span, "dh_bits", listener.Value.Name(), "the receiving server picks the DH group");
            }
        }
    }

    private static (string Reason, string Fix) WhyNotServed(Listener listener, SecurityPolicy policy)
    {
        var (key, mode, protocol, port) = listener is Listener.Imap or Listener.Imaps
            ? ("imap", policy.Imap.Value, "IMAP", 993)
            : ("pop", policy.Pop.Value, "POP3", 995);
        var written = $"{key} = {LanguageTypes.MailboxAccess.WordFor(mode)}";
        if (mode == MailboxAccessMode.Off)
        {
            var serving = listener is Listener.Imaps or Listener.Pop3s ? "tls_only" : "starttls_required";
            return ($"{written} serves no {protocol}", $"{key} = {serving}");
        }

        return ($"{written} serves {protocol} on port {port} only", $"{key} = starttls_required");
    }

    /// <summary>Checks one block's cipher string and ciphersuites; returns whether neither has an error.</summary>
    private bool CheckSettings(Located<CipherSpec>? ciphers, Located<string>? ciphersuites, OpenSslVersion openSsl, string os)
    {
        var valid = true;
        if (ciphers is { IsDefault: false, Value.CipherString: { } cipherString })
        {
            var expansion = CipherStringEvaluator.Evaluate(cipherString, openSsl);
            var literal = new Located<string>(cipherString, ciphers.Span);
            Report(expansion.Diagnostics, literal, "ciphers", DiagnosticCatalog.InvalidCipherString, MibType.Shorten(cipherString), openSsl, os);
            valid &= !expansion.HasErrors;
        }

        if (ciphersuites is { IsDefault: false } written)
        {
            var list = Tls13CipherSuiteList.Parse(written.Value, openSsl);
            Report(list.Diagnostics, written, "ciphersuites", DiagnosticCatalog.InvalidCiphersuites, TlsProfiles.MozillaIntermediate.Tls13CipherSuites, openSsl, os);
            valid &= !list.HasErrors;
        }

        return valid;
    }

    /// <summary>
    /// Reports the evaluator's findings on one string literal, each at its place inside the literal: errors
    /// with <paramref name="error"/>, whose last argument is <paramref name="hint"/>, and warnings as MIB1041.
    /// </summary>
    private void Report(
        IEnumerable<CipherStringDiagnostic> diagnostics, Located<string> literal, string key,
        DiagnosticDescriptor error, string hint, OpenSslVersion openSsl, string os)
    {
        foreach (var diagnostic in Distinct(diagnostics))
        {
            var span = StringLiteralMap.ToSource(context.Source, literal.Span.Span, literal.Value, diagnostic.Offset, diagnostic.Length);
            if (diagnostic.Severity == CipherStringSeverity.Error)
            {
                context.Report(error, span, key, openSsl.ToVersionString(), os, diagnostic.Message, hint);
            }
            else
            {
                context.Report(DiagnosticCatalog.IgnoredCipherStringPart, span, key, openSsl.ToVersionString(), os, diagnostic.Message);
            }
        }
    }

    /// <summary>
    /// Keeps the first diagnostic of each severity at each place: for a value of one unknown name, the
    /// evaluator reports the name (with a hint) and then the empty result, which would only repeat it.
    /// </summary>
    private static IEnumerable<CipherStringDiagnostic> Distinct(IEnumerable<CipherStringDiagnostic> diagnostics) =>
        diagnostics.DistinctBy(diagnostic => (diagnostic.Offset, diagnostic.Length, diagnostic.Severity));

    private void CheckProtocolsHaveCiphers(EffectiveTls tls)
    {
        var failing = tls.Listeners
            .Where(listener => listener.Protocols.Any(protocol => protocol.Value <= TlsProtocol.TLSv1_2) && listener.EnabledTls12Suites.IsEmpty)
            .GroupBy(listener => (Location: listener.Protocols.Last(protocol => protocol.Value <= TlsProtocol.TLSv1_2), listener.CipherSetting));
        foreach (var group in failing)
        {
            var listener = group.First();
            var protocols = listener.Protocols.Where(protocol => protocol.Value <= TlsProtocol.TLSv1_2).Select(protocol => LanguageTypes.TlsProtocol.WordFor(protocol.Value));
            var location = group.Key.Location;
            var setting = location.IsDefault ? listener.ProfileSetting : "protocols";
            context.Report(
                DiagnosticCatalog.NoCipherForProtocol,
                location.Span,
                setting,
                Suggestions.JoinAll(protocols),
                tls.DescribeListeners(group.Select(item => item.Listener)),
                group.Key.CipherSetting);
        }
    }
}
