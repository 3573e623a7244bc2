using System.Collections.Immutable;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Tls;
using Mibc.Targets.Profiles;
using Mibc.Targets.Render;
using Mibc.Targets.Tls;

namespace Mibc.Targets.Postfix;

/// <summary>The TLS of Postfix's listeners (25, 587, 465 and outbound delivery) written in Postfix's syntax.</summary>
/// <param name="MandatoryProtocols">The <c>smtpd_tls_mandatory_protocols</c> value, which 587 and 465 use.</param>
/// <param name="OpportunisticProtocols">The <c>smtpd_tls_protocols</c> value, which port 25 uses.</param>
/// <param name="OutboundProtocols">The <c>smtp_tls_protocols</c> and <c>smtp_tls_mandatory_protocols</c> value, which outbound delivery uses.</param>
/// <param name="HighCipherList">The <c>tls_high_cipherlist</c> value, the ciphers of 587 and 465; null leaves Postfix's default.</param>
/// <param name="MediumCipherList">The <c>tls_medium_cipherlist</c> value of main.cf, which outbound delivery uses; null leaves Postfix's default.</param>
/// <param name="ServerExcludedCiphers">The <c>smtpd_tls_exclude_ciphers</c> value.</param>
/// <param name="OutboundExcludedCiphers">The <c>smtp_tls_exclude_ciphers</c> value.</param>
/// <param name="SmtpOverrides">The <c>-o name=value</c> settings of the port 25 service in master.cf, where it differs from main.cf.</param>
/// <param name="EecdhCurves">The <c>tls_eecdh_auto_curves</c> value.</param>
/// <param name="FfdheGroups">The <c>tls_ffdhe_auto_groups</c> value; null where Postfix lacks the setting or no DH size is set.</param>
/// <param name="DhParameterFile">The <c>smtpd_tls_dh1024_param_file</c> value; null when no DH size is set.</param>
/// <param name="PreemptCipherList">The <c>tls_preempt_cipherlist</c> value: whether the server's order wins on 587 and 465.</param>
public sealed record PostfixTlsView(
    string MandatoryProtocols,
    string OpportunisticProtocols,
    string OutboundProtocols,
    string? HighCipherList,
    string? MediumCipherList,
    string ServerExcludedCiphers,
    string OutboundExcludedCiphers,
    ImmutableArray<string> SmtpOverrides,
    string EecdhCurves,
    string? FfdheGroups,
    string? DhParameterFile,
    bool PreemptCipherList)
{
    /// <summary>
    /// Formats the TLS of Postfix's listeners for the Postfix of <paramref name="os"/>; null, with MIB3009, when
    /// listeners that Postfix configures together get different values.
    /// </summary>
    internal static PostfixTlsView? Create(TargetTls tls, SecurityPolicy policy, OsTarget os, HostPaths paths, Action<Diagnostic> report)
    {
        var smtp = tls.Get(Listener.Smtp);
        var submission = tls.Get(Listener.Submission);
        var submissions = tls.Get(Listener.Submissions);
        var outbound = tls.Get(Listener.OutboundSmtp);
        RenderedTls[] mandatory = [submission, submissions];
        RenderedTls[] all = [smtp, submission, submissions, outbound];

        var shared = new SharedTlsSettings($"Postfix {os.Postfix}", os, policy, report);
        var agree = shared.Agree(mandatory, "the mandatory TLS protocols (smtpd_tls_mandatory_protocols)", listener => (listener.Minimum, listener.Maximum));
        agree &= shared.Agree(mandatory, "the mandatory TLS ciphers (tls_high_cipherlist)", listener => listener.CipherList);
        agree &= shared.Agree(mandatory, "the server's cipher order (tls_preempt_cipherlist)", listener => listener.ServerPreferredOrder);
        agree &= shared.Agree(all, "the key exchange groups (tls_eecdh_auto_curves)", listener => string.Join(' ', listener.Groups));
        if (!agree)
        {
            return null;
        }

        foreach (var listener in all.Where(listener => !TlsNames.IsOpenSslDefault(listener.Ciphersuites)).DistinctBy(listener => listener.Source.Ciphersuites.Span))
        {
            report(TlsNames.CiphersuitesNotApplied(listener, $"Postfix {os.Postfix}", os, "it has no such parameter", "ports 25, 587, 465 and outbound mail"));
        }

        var exclusions = string.Join(", ", OpportunisticDefaults.Exclusions);
        var outboundMedium = MediumList(outbound);
        return new PostfixTlsView(
            Protocols(submission.Minimum, submission.Maximum, os),
            Protocols(smtp.Minimum, smtp.Maximum, os),
            Protocols(outbound.Minimum, outbound.Maximum, os),
            submission.CipherList,
            outbound.UsesOpportunisticCiphers ? null : outboundMedium,
            exclusions,
            outbound.UsesOpportunisticCiphers ? exclusions : string.Empty,
            OverridesForPort25(smtp, outboundMedium, submission),
            string.Join(' ', submission.Groups),
            os.PostfixHasFfdheGroups && tls.DhBits is { } bits ? $"ffdhe{bits}" : null,
            tls.DhBits is null ? null : paths.DhParameters,
            submission.ServerPreferredOrder);
    }

    /// <summary>
    /// Writes a protocol range: <c>&gt;=TLSv1.2</c> from Postfix 3.6 on, an exclusion list such as
    /// <c>!SSLv2, !SSLv3, !TLSv1, !TLSv1.1</c> before.
    /// </summary>
    public static string Protocols(TlsProtocol minimum, TlsProtocol maximum, OsTarget os)
    {
        if (os.PostfixHasProtocolRanges)
        {
            var range = ">=" + minimum.ToOpenSslName();
            return maximum < TlsProtocol.TLSv1_3 ? range + ", <=" + maximum.ToOpenSslName() : range;
        }

        var excluded = Enum.GetValues<TlsProtocol>().Where(version => version < minimum || version > maximum);
        return string.Join(", ", excluded.Select(version => "!" + version.ToOpenSslName()));
    }

    /// <summary>The medium-grade cipher list an opportunistic listener reads: Postfix's default, or the listener's own.</summary>
    private static string MediumList(RenderedTls listener) =>
        listener.UsesOpportunisticCiphers ? OpportunisticDefaults.MediumCipherList : listener.CipherList ?? OpportunisticDefaults.MediumCipherList;

    // NOTE: Postfix applies main.cf to every service unless master.cf overrides a setting with -o, so port 25
    // gets overrides only where it differs from outbound delivery (the medium list) or from 587 (the order).
    // The values hold no spaces, which -o does not allow.
    private static ImmutableArray<string> OverridesForPort25(RenderedTls smtp, string outboundMedium, RenderedTls submission)
    {
        var overrides = ImmutableArray.CreateBuilder<string>();
        var medium = MediumList(smtp);
        if (medium != outboundMedium)
        {
            overrides.Add("tls_medium_cipherlist=" + medium);
        }

        if (!smtp.UsesOpportunisticCiphers)
        {
            // The listener's own cipher string is what box.mib states and the rules check, so no exclusion changes it.
            overrides.Add("smtpd_tls_exclude_ciphers=");
        }

        if (smtp.ServerPreferredOrder != submission.ServerPreferredOrder)
        {
            overrides.Add("tls_preempt_cipherlist=" + (smtp.ServerPreferredOrder ? "yes" : "no"));
        }

        return overrides.ToImmutable();
    }
}
