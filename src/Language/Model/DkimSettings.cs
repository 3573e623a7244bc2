using System.Collections.Immutable;

namespace Mibc.Language.Model;

/// <summary>DKIM signing for one domain.</summary>
/// <param name="Enabled">Whether mail from the domain is signed.</param>
/// <param name="Selector">The selector, the DNS label under <c>_domainkey</c>.</param>
/// <param name="KeyType">The signing key's type.</param>
public sealed record DkimSettings(Located<bool> Enabled, Located<string> Selector, Located<DkimKeyType> KeyType)
{
    /// <summary>A second selector that signs with an Ed25519 key beside <see cref="Selector"/>, or null for none.</summary>
    public Located<string>? Ed25519Selector { get; init; }

    /// <summary>Selectors that no longer sign but stay published, so mail signed with them still verifies.</summary>
    public ImmutableArray<Located<string>> RetiredSelectors { get; init; } = [];

    /// <summary>The selectors that sign, each with its key type: the main one first, then the Ed25519 one.</summary>
    public IEnumerable<(Located<string> Selector, DkimKeyType KeyType)> SigningSelectors()
    {
        yield return (Selector, KeyType.Value);
        if (Ed25519Selector is not null)
        {
            yield return (Ed25519Selector, DkimKeyType.Ed25519);
        }
    }
}
