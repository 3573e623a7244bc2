using System.Collections.Immutable;

namespace Mibc.Language.Model;

/// <summary>
/// TLS settings as box.mib states them: a named profile, and optional overrides of single settings.
/// </summary>
/// <param name="Profile">The profile the settings start from, such as <c>mozilla_intermediate</c>.</param>
/// <param name="Protocols">Enabled protocol versions; empty means the profile's.</param>
/// <param name="Ciphers">TLS 1.2 and older ciphers as a profile name or an OpenSSL cipher string, or null for the profile's.</param>
/// <param name="Ciphersuites">A TLS 1.3 ciphersuites list, or null for the profile's.</param>
/// <param name="DhBits">The size of DH parameters, or null for the profile's.</param>
public sealed record TlsSettings(
    Located<string> Profile,
    ImmutableArray<Located<Tls.TlsProtocol>> Protocols,
    Located<CipherSpec>? Ciphers,
    Located<string>? Ciphersuites,
    Located<int>? DhBits);
