using System.Collections.Immutable;

namespace Mibc.Language.Model;

/// <summary>
/// The TLS settings a listener block writes. A null or empty member is left to the box-wide setting.
/// </summary>
/// <param name="Profile">The profile the listener starts from instead of the box-wide settings, or null.</param>
/// <param name="Protocols">Enabled protocol versions; empty leaves them to the profile or the box.</param>
/// <param name="Ciphers">TLS 1.2 and older ciphers as a profile name or an OpenSSL cipher string, or null.</param>
/// <param name="Ciphersuites">A TLS 1.3 ciphersuites list, or null.</param>
/// <param name="DhBits">The size of DH parameters, or null.</param>
public sealed record TlsOverrides(
    Located<string>? Profile,
    ImmutableArray<Located<Tls.TlsProtocol>> Protocols,
    Located<CipherSpec>? Ciphers,
    Located<string>? Ciphersuites,
    Located<int>? DhBits)
{
    /// <summary>No overrides: the listener uses the box-wide settings.</summary>
    public static TlsOverrides None { get; } = new(null, [], null, null, null);
}
