using System.Collections.Immutable;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Semantics.Schema;
using Mibc.Language.Tls;
using Mibc.Targets.Profiles;

namespace Mibc.Targets.Tls;

/// <summary>
/// Checks each listener's effective TLS against what the target release can write: the protocols its OpenSSL
/// has, a range without gaps, config-safe cipher text and a DH size with a standard group.
/// </summary>
/// <remarks>
/// NOTE: which values a listener gets is decided by <see cref="EffectiveTls"/> alone, the one resolver the
/// cipher rules check as well; this class only turns those values into what the daemons can read.
/// </remarks>
public static class TargetTlsBuilder
{
    /// <summary>The sizes of the RFC 7919 ffdhe groups, which the bundle can ship as DH parameters.</summary>
    public static readonly ImmutableArray<int> FfdheSizes = [2048, 3072, 4096, 6144, 8192];

    /// <summary>
    /// Renders the TLS of every listener the box serves; null when a listener's values cannot be written. A DH
    /// size that differs between listeners is reported here, but the result is kept so the views can report theirs.
    /// </summary>
    /// <param name="model">The checked box.</param>
    /// <param name="os">The target release, whose OpenSSL limits protocols.</param>
    /// <param name="report">Receives MIB3xxx diagnostics, each once even when several listeners share its setting.</param>
    public static TargetTls? Build(BoxModel model, OsTarget os, Action<Diagnostic> report)
    {
        var reported = new HashSet<Diagnostic>();
        var errors = false;
        void Report(Diagnostic diagnostic)
        {
            if (reported.Add(diagnostic))
            {
                errors |= diagnostic.IsError;
                report(diagnostic);
            }
        }

        var listeners = EffectiveTls.For(model).Listeners.Select(listener => Render(listener, os, Report)).OfType<RenderedTls>().ToList();

        // NOTE: Postfix, Dovecot and nginx read one DH parameter file, so every listener that uses DH
        // parameters needs the same size.
        // The views still run when the sizes differ, so one check reports every listener that cannot differ.
        var withDh = listeners.Where(tls => tls.DhBits is not null).ToList();
        new SharedTlsSettings("the bundle", os, model.Policy, report)
            .Agree(withDh, "the DH parameters (/etc/mibc/tls/dhparams.pem, which Postfix, Dovecot and nginx read)", tls => tls.DhBits);

        return errors ? null : new TargetTls([.. listeners], withDh.FirstOrDefault()?.DhBits);
    }

    /// <summary>Returns box.mib's word for a protocol version, as messages show it.</summary>
    public static string WordFor(TlsProtocol version) => LanguageTypes.TlsProtocol.WordFor(version);

    private static RenderedTls? Render(ListenerTls source, OsTarget os, Action<Diagnostic> report)
    {
        var protocols = UsableProtocols(source.Protocols, os, report);
        var cipherList = source.CipherString is { } cipherString
            ? CipherListText.Normalize(cipherString.Value, "ciphers", cipherString.Span, report)
            : null;
        var ciphersuites = source.Ciphersuites.IsDefault
            ? source.Ciphersuites.Value
            : CipherListText.Normalize(source.Ciphersuites.Value, "ciphersuites", source.Ciphersuites.Span, report) ?? string.Empty;
        var dhBits = source.DhBits;
        if (dhBits is not null && !FfdheSizes.Contains(dhBits.Value))
        {
            report(DiagnosticCatalog.DhBitsWithoutGroup.Create(dhBits.Span, dhBits.Value));
            return null;
        }

        if (protocols.IsEmpty || (source.CipherString is not null && cipherList is null))
        {
            return null;
        }

        return new RenderedTls(
            source,
            protocols[0],
            protocols[^1],
            AllowLegacyProtocols(cipherList, protocols[0], os),
            ciphersuites,
            [.. source.Groups.Select(group => group.Name)],
            dhBits?.Value,
            source.ServerPreferredOrder);
    }

    private static ImmutableArray<TlsProtocol> UsableProtocols(ImmutableArray<Located<TlsProtocol>> written, OsTarget os, Action<Diagnostic> report)
    {
        var usable = new List<Located<TlsProtocol>>();
        foreach (var protocol in written)
        {
            if (os.OpenSslSupports(protocol.Value))
            {
                usable.Add(protocol);
                continue;
            }

            report(DiagnosticCatalog.ProtocolNotBuilt.Create(protocol.Span, WordFor(protocol.Value), os.OpenSsl.ToString(2), os.Name));
        }

        if (usable.Count == 0)
        {
            report(DiagnosticCatalog.NoUsableProtocol.Create(written[0].Span, os.OpenSsl.ToString(2), os.Name));
            return [];
        }

        for (var i = 1; i < usable.Count; i++)
        {
            var missing = usable[i - 1].Value + 1;
            if (usable[i].Value > missing)
            {
                report(DiagnosticCatalog.ProtocolGap.Create(
                    usable[i].Span, WordFor(usable[i - 1].Value), WordFor(usable[i].Value), WordFor(missing)));
                return [];
            }
        }

        return [.. usable.Select(protocol => protocol.Value)];
    }

    // OpenSSL 3.0 rejects TLS 1.0 and 1.1 above security level 0, because their handshakes sign with SHA-1
    // and MD5 (OpenSSL 3.0 migration guide). So a policy that enables them gets level 0, as Mozilla's
    // generator writes for its old profile, unless its cipher string already sets a level.
    private static string? AllowLegacyProtocols(string? cipherList, TlsProtocol minimum, OsTarget os)
    {
        if (minimum >= TlsProtocol.TLSv1_2 || os.OpenSslSeries != OpenSslVersion.V3_0 || cipherList?.Contains("@SECLEVEL", StringComparison.Ordinal) == true)
        {
            return cipherList;
        }

        return (cipherList ?? "DEFAULT") + ":@SECLEVEL=0";
    }
}
