using System.Collections.Concurrent;
using Mibc.Targets.Render;
using Scriban;
using Scriban.Runtime;

namespace Mibc.Targets.Emit;

/// <summary>Renders the embedded Scriban templates under <c>Templates/</c>.</summary>
/// <remarks>Templates see the model's public properties in Scriban's default snake case, so <c>MaxMessageBytes</c> is <c>max_message_bytes</c>.</remarks>
internal static class TemplateRenderer
{
    private const string ResourcePrefix = "Mibc.Targets.Templates.";

    private static readonly ConcurrentDictionary<string, Template> Templates = new(StringComparer.Ordinal);

    /// <summary>Renders a daemon template, such as <c>postfix/main.cf</c> (the file <c>postfix/main.cf.scriban</c>), with the render model.</summary>
    /// <exception cref="InvalidOperationException">The template is missing, does not parse, or names an unknown variable: a bug in mibc.</exception>
    public static string Render(string name, BoxRenderModel model) => RenderFile(name + ".scriban", model);

    /// <summary>Renders the template file at <paramref name="path"/> below <c>Templates/</c>, such as <c>nsd/zone.sbn</c>.</summary>
    /// <exception cref="InvalidOperationException">The template is missing, does not parse, or names an unknown variable: a bug in mibc.</exception>
    public static string RenderFile(string path, object model)
    {
        var template = Templates.GetOrAdd(path, Load);
        var globals = new ScriptObject();
        globals.Import(model);

        // NOTE: strict variables turn a misspelt name into an error instead of an empty config value.
        // The loop limit is off, because a box may have more users than Scriban's default limit of 1000.
        var context = new TemplateContext { StrictVariables = true, LoopLimit = 0 };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException error)
        {
            throw new InvalidOperationException($"Template {path} failed: {error.Message}", error);
        }
    }

    /// <summary>Reads an embedded file below <c>Templates/</c>, such as <c>tls/ffdhe2048.pem</c>, as text.</summary>
    /// <exception cref="InvalidOperationException">The file is missing: a bug in mibc.</exception>
    public static string ReadResource(string path)
    {
        using var stream = typeof(TemplateRenderer).Assembly.GetManifestResourceStream(ResourcePrefix + path.Replace('/', '.'))
            ?? throw new InvalidOperationException($"Embedded resource Templates/{path} is missing from Mibc.Targets.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Template Load(string path)
    {
        var template = Template.Parse(ReadResource(path), "Templates/" + path);
        return template.HasErrors
            ? throw new InvalidOperationException($"Template {path} does not parse: {string.Join("; ", template.Messages)}")
            : template;
    }
}
