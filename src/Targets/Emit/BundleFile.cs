using System.Collections.Immutable;
using System.Security.Cryptography;

namespace Mibc.Targets.Emit;

/// <summary>One generated file and where it goes on the host.</summary>
/// <param name="TargetPath">The absolute path on the host, such as <c>/etc/postfix/main.cf</c>.</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="Mode">The octal permission bits, such as <c>0644</c>.</param>
/// <param name="Owner">The owning user on the host.</param>
/// <param name="Group">The owning group on the host.</param>
/// <param name="Services">The services to reload when the file changes.</param>
/// <param name="Secret">Whether the file holds secrets, so its content is never printed or diffed.</param>
public sealed record BundleFile(
    string TargetPath,
    byte[] Content,
    string Mode,
    string Owner,
    string Group,
    ImmutableArray<string> Services,
    bool Secret = false)
{
    /// <summary>Commands apply.sh runs when this file changed; see <see cref="DeployHook"/> for when and how.</summary>
    public ImmutableArray<DeployHook> Hooks { get; init; } = [];

    /// <summary>Debian packages the file needs on the host, which apply.sh installs with the profile's own.</summary>
    public ImmutableArray<string> Packages { get; init; } = [];

    /// <summary>The path inside the bundle: <c>files/</c> followed by the target path.</summary>
    public string BundlePath => "files" + TargetPath;

    /// <summary>The SHA-256 of the content, in lower-case hexadecimal.</summary>
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Content));

    /// <summary>Creates a public root-owned file from text, encoded as UTF-8 without a byte order mark.</summary>
    public static BundleFile FromText(string targetPath, string text, params string[] services) =>
        new(targetPath, new System.Text.UTF8Encoding(false).GetBytes(text), "0644", "root", "root", [.. services]);
}
