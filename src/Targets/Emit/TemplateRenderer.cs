using System.Collections.Concurrent;
using Mibc.Targets.Render;
using Scriban;
using Scriban.Runtime;

namespace Mibc.Targets.Emit;

/// <summary>Renders the embedded Scriban templates under <c>Templates/</c> with the render model.</summary>
internal static class TemplateRenderer
{
    private const string ResourcePrefix = "Mibc.Targets.Templates.";

    private static readonly ConcurrentDictionary<string, Template> Templates = new(StringComparer.Ordinal);

    /// <summary>Renders a template, such as <c>postfix/main.cf</c>, with the model's properties as snake-case globals.</summary>
    /// <exception cref="InvalidOperationException">The template is missing, does not parse, or names an unknown variable: a bug in mibc.</exception>
    public static string Render(string name, BoxRenderModel model)
    {
        var template = Templates.GetOrAdd(name, Load);
        var globals = new ScriptObject();
        globals.Import(model);

        // NOTE: strict variables turn a misspelt name into an error instead of an empty config value;
        // the loop limit is off because a box may have more than Scriban's default 1000 users.
        var context = new TemplateContext { StrictVariables = true, LoopLimit = 0 };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException error)
        {
            throw new InvalidOperationException($"Template {name} failed: {error.Message}", error);
        }
    }

    /// <summary>Reads an embedded data file, such as <c>tls/ffdhe2048.pem</c>, as text.</summary>
    public static string ReadResource(string name)
    {
        using var stream = typeof(TemplateRenderer).Assembly.GetManifestResourceStream(ResourcePrefix + name.Replace('/', '.'))
            ?? throw new InvalidOperationException($"Embedded resource Templates/{name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Template Load(string name)
    {
        var template = Template.Parse(ReadResource(name + ".scriban"), "Templates/" + name + ".scriban");
        return template.HasErrors
            ? throw new InvalidOperationException($"Template {name} does not parse: {string.Join("; ", template.Messages)}")
            : template;
    }
}
