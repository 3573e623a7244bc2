using Mibc.Language.Model;
using Mibc.Targets.Keys;

namespace Mibc.Targets.Dkim;

/// <summary>The DKIM keys in the key store: <c>keys/dkim/&lt;domain&gt;/&lt;selector&gt;.private</c>, one PEM file per selector.</summary>
/// <param name="store">The key store.</param>
public sealed class DkimKeyStore(KeyStore store)
{
    /// <summary>Returns the store path of a selector's key file, relative to the key store.</summary>
    /// <remarks>NOTE: the selector is part of the path; the language's selector type allows only letters, digits, '-' and
    /// non-empty dot-separated parts, so it never climbs out of the store.</remarks>
    public static string RelativePathOf(DomainName domain, string selector) =>
        Path.Combine("dkim", domain.Ascii, selector + ".private");

    /// <summary>The full path of a selector's key file.</summary>
    public string PathOf(DomainName domain, string selector) => store.PathOf(RelativePathOf(domain, selector));

    /// <summary>Reads a selector's key, or returns null when the store has none.</summary>
    /// <exception cref="FormatException">The file exists but contains no usable key; the message says why.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public DkimKey? Find(DomainName domain, string selector)
    {
        var relative = RelativePathOf(domain, selector);
        if (!store.Exists(relative))
        {
            return null;
        }

        var pem = store.ReadText(relative);
        var (keyType, publicKey) = DkimKeyGenerator.ReadPublicKey(pem);
        return new DkimKey(domain, selector, keyType, pem, publicKey);
    }

    /// <summary>Reads a selector's key, generating and storing one of <paramref name="keyType"/> first when missing.</summary>
    /// <exception cref="FormatException">The file exists but contains no usable key.</exception>
    /// <exception cref="IOException">The file cannot be read or written.</exception>
    public DkimKey GetOrCreate(DomainName domain, string selector, DkimKeyType keyType)
    {
        var existing = Find(domain, selector);
        if (existing is not null)
        {
            return existing;
        }

        var pem = DkimKeyGenerator.Generate(keyType);
        store.WriteText(RelativePathOf(domain, selector), pem);
        var (_, publicKey) = DkimKeyGenerator.ReadPublicKey(pem);
        return new DkimKey(domain, selector, keyType, pem, publicKey);
    }
}
