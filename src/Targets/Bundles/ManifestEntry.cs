using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Mibc.Targets.Emit;

namespace Mibc.Targets.Bundles;

/// <summary>One file in the manifest.</summary>
/// <param name="Path">The path inside the bundle.</param>
/// <param name="Target">The absolute path on the host.</param>
/// <param name="Mode">The octal permission bits.</param>
/// <param name="Owner">The owning user.</param>
/// <param name="Group">The owning group.</param>
/// <param name="Sha256">The content's SHA-256 in lower-case hexadecimal.</param>
/// <param name="Services">The services to reload when the file changes.</param>
/// <param name="Secret">Whether the content must never be printed.</param>
public sealed record ManifestEntry(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("owner")] string Owner,
    [property: JsonPropertyName("group")] string Group,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("services")] ImmutableArray<string> Services,
    [property: JsonPropertyName("secret")] bool Secret)
{
    /// <summary>Commands apply.sh runs when the file changed, after placing files and before validating.</summary>
    [JsonPropertyName("hooks")]
    public ImmutableArray<DeployHook> Hooks { get; init; } = [];

    /// <summary>Debian packages the file needs on the host.</summary>
    [JsonPropertyName("packages")]
    public ImmutableArray<string> Packages { get; init; } = [];
}
