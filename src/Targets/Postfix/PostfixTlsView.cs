using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Tls;
using Mibc.Targets.Profiles;
using Mibc.Targets.Render;
using Mibc.Targets.Tls;

namespace Mibc.Targets.Postfix;

/// <summary>The effective TLS settings written in Postfix's syntax.</summary>
/// <param name="MandatoryProtocols">The <c>smtpd_tls_mandatory_protocols</c> value, which 587 and 465 use.</param>
/// <param name="OpportunisticProtocols">The <c>smtpd_tls_protocols</c> and <c>smtp_tls_protocols</c> value, which port 25 and outbound mail use.</param>
/// <param name="HighCipherList">The <c>tls_high_cipherlist</c> value, the mandatory listeners' ciphers; null leaves Postfix's default.</param>
/// <param name="ExcludedCiphers">The <c>smtpd_tls_exclude_ciphers</c> and <c>smtp_tls_exclude_ciphers</c> value.</param>
/// <param name="EecdhCurves">The <c>tls_eecdh_auto_curves</c> value.</param>
/// <param name="FfdheGroups">The <c>tls_ffdhe_auto_groups</c> value; null where Postfix lacks the setting or no DH size is set.</param>
/// <param name="DhParameterFile">The <c>smtpd_tls_dh1024_param_file</c> value; null when no DH size is set.</param>
/// <param name="PreemptCipherList">The <c>tls_preempt_cipherlist</c> value: whether the server's order wins.</param>
public sealed record PostfixTlsView(
    string MandatoryProtocols,
    string OpportunisticProtocols,
    string? HighCipherList,
    string ExcludedCiphers,
    string EecdhCurves,
    string? FfdheGroups,
    string? DhParameterFile,
    bool PreemptCipherList)
{
    /// <summary>Formats <paramref name="tls"/> for the Postfix of <paramref name="os"/>.</summary>
    internal static PostfixTlsView Create(EffectiveTls tls, TlsSettings settings, OsTarget os, HostPaths paths, Action<Diagnostic> report)
    {
        var mandatory = tls.Mandatory;
        if (!TlsNames.IsOpenSslDefault(mandatory.Ciphersuites))
        {
            report(TlsNames.CiphersuitesNotApplied(
                settings, $"Postfix {os.Postfix}", os, "it has no such parameter", "ports 25, 587 and 465"));
        }

        return new PostfixTlsView(
            Protocols(mandatory.Minimum, mandatory.Maximum, os),
            Protocols(tls.Opportunistic.Minimum, tls.Opportunistic.Maximum, os),
            mandatory.CipherList,
            string.Join(", ", tls.Opportunistic.ExcludedCiphers),
            string.Join(' ', mandatory.Groups),
            os.PostfixHasFfdheGroups && mandatory.DhBits is { } bits ? $"ffdhe{bits}" : null,
            mandatory.DhBits is null ? null : paths.DhParameters,
            mandatory.ServerPreferredOrder);
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
}
