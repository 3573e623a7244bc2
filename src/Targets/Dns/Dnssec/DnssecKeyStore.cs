using Mibc.Language.Model;
using Mibc.Targets.Keys;

namespace Mibc.Targets.Dns.Dnssec;

/// <summary>The DNSSEC keys in the key store: <c>keys/dnssec/&lt;zone&gt;/K&lt;zone&gt;.+&lt;alg&gt;+&lt;tag&gt;.key</c> and <c>.private</c>.</summary>
/// <param name="store">The key store.</param>
public sealed class DnssecKeyStore(KeyStore store)
{
    /// <summary>Returns the store directory of a zone's keys, relative to the key store.</summary>
    public static string DirectoryOf(string zone) => Path.Combine("dnssec", zone);

    /// <summary>Reads the zone's key of an algorithm, or returns null when the store has none.</summary>
    /// <exception cref="FormatException">A key file of the zone is unusable; the message names the file.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public DnssecKey? Find(string zone, DnssecAlgorithm algorithm)
    {
        var prefix = $"K{zone}.+{(int)algorithm:000}+";
        var directory = DirectoryOf(zone);
        foreach (var keyFile in store.List(directory, prefix + "*.key"))
        {
            var baseName = keyFile[..^4];
            var privateFile = Path.Combine(directory, baseName + ".private");
            if (!store.Exists(privateFile))
            {
                throw new FormatException($"'{store.PathOf(Path.Combine(directory, keyFile))}' has no matching .private file");
            }

            var key = DnssecKey.Read(zone, store.ReadText(Path.Combine(directory, keyFile)), store.ReadText(privateFile));
            if (key.BaseName != baseName)
            {
                throw new FormatException($"'{store.PathOf(Path.Combine(directory, keyFile))}' contains the key with tag {key.KeyTag}, which its name does not match");
            }

            return key;
        }

        return null;
    }

    /// <summary>Reads the zone's key of an algorithm, generating and storing one first when missing.</summary>
    /// <exception cref="FormatException">A key file of the zone is unusable.</exception>
    /// <exception cref="IOException">A file cannot be read or written.</exception>
    public DnssecKey GetOrCreate(string zone, DnssecAlgorithm algorithm)
    {
        var existing = Find(zone, algorithm);
        if (existing is not null)
        {
            return existing;
        }

        var key = DnssecKey.Generate(zone, algorithm);
        var directory = DirectoryOf(zone);
        store.WriteText(Path.Combine(directory, key.BaseName + ".private"), key.PrivateKeyText);
        store.WriteText(Path.Combine(directory, key.BaseName + ".key"), key.DnskeyRecord + "\n");
        return key;
    }
}
