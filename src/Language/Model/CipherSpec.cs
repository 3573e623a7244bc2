namespace Mibc.Language.Model;

/// <summary>A written cipher setting: exactly one of a profile name or a cipher string.</summary>
/// <param name="Profile">The profile whose ciphers to use.</param>
/// <param name="CipherString">An OpenSSL cipher string.</param>
public sealed record CipherSpec(string? Profile, string? CipherString);
