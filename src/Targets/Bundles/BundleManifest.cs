using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Mibc.Targets.Bundles;

/// <summary>
/// The bundle's <c>manifest.json</c>: what was generated, for whom, and where each file goes.
/// </summary>
/// <param name="Format">The manifest format version; readers reject versions they do not know.</param>
/// <param name="Generator">The mibc version that wrote the bundle.</param>
/// <param name="Box">The box's host name.</param>
/// <param name="Os">The target OS profile, such as <c>ubuntu_24_04</c>.</param>
/// <param name="Files">The generated files.</param>
public sealed record BundleManifest(
    [property: JsonPropertyName("format")] int Format,
    [property: JsonPropertyName("generator")] string Generator,
    [property: JsonPropertyName("box")] string Box,
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("files")] ImmutableArray<ManifestEntry> Files)
{
    /// <summary>The format version this mibc writes.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The manifest's file name inside a bundle.</summary>
    public const string FileName = "manifest.json";
}
