using System.Security.Cryptography;

namespace Mibc.Tests.Deploy;

/// <summary>The files under a directory with their hashes and modes, to compare a tree before and after a run.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal static class TreeSnapshot
{
    public static SortedDictionary<string, string> Take(string root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            return files;
        }

        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            files[Path.GetRelativePath(root, path)] = $"{hash} {File.GetUnixFileMode(path)}";
        }

        return files;
    }
}
