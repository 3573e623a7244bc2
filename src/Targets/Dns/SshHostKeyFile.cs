using Mibc.Targets.Keys;

namespace Mibc.Targets.Dns;

/// <summary>
/// The host's SSH public keys as <c>mibc plan</c> read them, kept in <c>keys/ssh-host-keys.pub</c>, so SSHFP
/// records can be published when box.mib lists no <c>host_keys</c>.
/// </summary>
public static class SshHostKeyFile
{
    /// <summary>The file's path relative to the key store.</summary>
    public const string RelativePath = "ssh-host-keys.pub";

    /// <summary>Reads the stored keys that form valid SSHFP fingerprints; an absent file gives none.</summary>
    public static IReadOnlyList<string> Read(KeyStore store)
    {
        if (!store.Exists(RelativePath))
        {
            return [];
        }

        return [.. store.ReadText(RelativePath).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(IsUsable)];
    }

    /// <summary>Stores the usable keys among <paramref name="lines"/>, one per line, and returns how many were kept.</summary>
    public static int Write(KeyStore store, IEnumerable<string> lines)
    {
        var usable = lines.Select(line => line.Trim()).Where(IsUsable).Distinct().Order(StringComparer.Ordinal).ToList();
        if (usable.Count > 0)
        {
            store.WriteText(RelativePath, string.Join('\n', usable) + "\n");
        }

        return usable.Count;
    }

    private static bool IsUsable(string line)
    {
        try
        {
            SshfpFingerprint.FromOpenSshKey(line);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
