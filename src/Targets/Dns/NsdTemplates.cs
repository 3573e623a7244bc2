using Mibc.Targets.Emit;

namespace Mibc.Targets.Dns;

/// <summary>Renders the embedded Scriban templates under <c>Templates/nsd/</c>.</summary>
/// <remarks>Template members use Scriban's default snake_case names, so <c>NegativeTtl</c> is <c>negative_ttl</c>.</remarks>
internal static class NsdTemplates
{
    /// <summary>Renders a template with the public properties of <paramref name="model"/> as its variables.</summary>
    /// <exception cref="InvalidOperationException">The template is missing or does not parse, which is a bug in mibc.</exception>
    public static string Render(string name, object model) => TemplateRenderer.RenderFile("nsd/" + name, model);
}
