using System.Collections.Immutable;
using System.Text;
using Mibc.Targets.Render;

namespace Mibc.Targets.Emit;

/// <summary>Creates bundle files from templates.</summary>
internal static class GeneratedFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders template <paramref name="template"/> into a root-owned, world-readable file.</summary>
    public static BundleFile Public(string targetPath, string template, BoxRenderModel model, params string[] services) =>
        BundleFile.FromText(targetPath, TemplateRenderer.Render(template, model), services);

    /// <summary>Creates a bundle file from text, encoded as UTF-8 without a byte order mark.</summary>
    public static BundleFile FromText(string targetPath, string text, string mode, string owner, string group, IEnumerable<string> services, bool secret) =>
        new(targetPath, Utf8.GetBytes(text), mode, owner, group, [.. services], secret);
}
