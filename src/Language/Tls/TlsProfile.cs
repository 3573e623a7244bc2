using System.Collections.Immutable;

namespace Mibc.Language.Tls;

/// <summary>
/// A named set of TLS settings that box.mib starts from, taken from a
/// published guideline. Override single settings with a <c>with</c>
/// expression.
/// </summary>
/// <param name="Name">The name box.mib uses, such as "mozilla_intermediate".</param>
/// <param name="Guideline">The guideline the settings come from.</param>
/// <param name="GuidelineVersion">The version of the guideline, such as "6.0".</param>
/// <param name="Protocols">The protocol versions to enable, oldest first.</param>
/// <param name="CipherString">The OpenSSL cipher string for TLS 1.2 and older; null when only TLS 1.3 is enabled.</param>
/// <param name="Tls13CipherSuites">The TLS 1.3 suites in preference order, colon-separated.</param>
/// <param name="Groups">The key exchange groups in preference order.</param>
/// <param name="DhParameterBits">The size of the finite-field DH parameters for DHE suites; null when no DHE suite is enabled.</param>
/// <param name="CertificateKeys">The certificate keys the guideline recommends.</param>
/// <param name="ServerPreferredOrder">Whether the server's suite order wins over the client's.</param>
public sealed record TlsProfile(
    string Name,
    string Guideline,
    string GuidelineVersion,
    ImmutableArray<TlsProtocol> Protocols,
    string? CipherString,
    string Tls13CipherSuites,
    ImmutableArray<NamedGroup> Groups,
    int? DhParameterBits,
    ImmutableArray<CertificateKey> CertificateKeys,
    bool ServerPreferredOrder);
