using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace Mibc.Targets.Dns;

/// <summary>Renders the embedded Scriban templates under <c>Templates/nsd/</c>.</summary>
/// <remarks>Template members use Scriban's default snake_case names, so <c>NegativeTtl</c> is <c>negative_ttl</c>.</remarks>
internal static class NsdTemplates
{
    private static readonly ConcurrentDictionary<string, Template> Cache = new(StringComparer.Ordinal);

    /// <summary>Renders a template with the public properties of <paramref name="model"/> as its variables.</summary>
    /// <exception cref="InvalidOperationException">The template is missing or does not parse, which is a bug in mibc.</exception>
    public static string Render(string name, object model)
    {
        var template = Cache.GetOrAdd(name, Load);
        var globals = new ScriptObject();
        globals.Import(model);
        var context = new TemplateContext { StrictVariables = true, LoopLimit = 0 };
        context.PushGlobal(globals);
        return template.Render(context);
    }

    private static Template Load(string name)
    {
        var resource = $"Mibc.Targets.Templates.nsd.{name}";
        using var stream = typeof(NsdTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The template resource '{resource}' is missing from Mibc.Targets.");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd(), resource);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"The template '{resource}' does not parse: {string.Join("; ", template.Messages)}");
        }

        return template;
    }
}
