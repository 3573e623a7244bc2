namespace Mibc.Language.Model;

/// <summary>DKIM signing for one domain.</summary>
/// <param name="Enabled">Whether mail from the domain is signed.</param>
/// <param name="Selector">The selector, the DNS label under <c>_domainkey</c>.</param>
/// <param name="KeyType">The signing key's type.</param>
public sealed record DkimSettings(Located<bool> Enabled, Located<string> Selector, Located<DkimKeyType> KeyType);
