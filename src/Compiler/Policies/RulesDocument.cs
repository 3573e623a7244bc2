using System.Text;
using Mibc.Language.Model;

namespace Mibc.Compiler.Policies;

/// <summary>Renders rule metadata as the Markdown page docs/rules.md.</summary>
public static class RulesDocument
{
    /// <summary>The command that regenerates docs/rules.md.</summary>
    public const string Command = "mibc rules --format markdown > docs/rules.md";

    /// <summary>Renders the page for a list of rules.</summary>
    public static string Render(IEnumerable<PolicyRuleInfo> rules)
    {
        var ordered = rules.OrderBy(rule => rule.Id, StringComparer.Ordinal).ToList();
        var page = new StringBuilder();
        page.Append("# Policy rules\n\n");
        page.Append($"<!-- Generated from the rules' metadata by `{Command}`. Do not edit: a test fails when this page is stale. -->\n\n");
        page.Append("mibc checks every box.mib against these rules after the syntax, name and type checks pass. ");
        page.Append("They are C# files in `policies/baseline/`, compiled with Roslyn at check time. ");
        page.Append("A box adds its own packs with `policy { packs = [\"./org-policies\"] }` or `--policies DIR`.\n\n");
        page.Append("Set a rule's level (`off`, `info`, `warning` or `error`) by id or name in box.mib:\n\n");
        page.Append("```\npolicy {\n  rules { MIB2111 = error  certificate-self-signed = off }\n}\n```\n\n");
        page.Append("Suppress one finding with a comment on the line above it; the reason is required:\n\n");
        page.Append("```\n# mibc-disable-next-line MIB2111: the host sits behind a VPN that only admins reach\nssh { password_login = true }\n```\n\n");
        page.Append("`mibc explain RULE-ID` prints a rule's help.\n\n");
        page.Append("| Id | Name | Level | Category | Summary |\n|---|---|---|---|---|\n");
        foreach (var rule in ordered)
        {
            page.Append($"| [{rule.Id}](#{Anchor(rule)}) | `{rule.Name}` | {LevelWord(rule.DefaultLevel)} | {rule.Category} | {rule.Summary} |\n");
        }

        foreach (var rule in ordered)
        {
            page.Append($"\n## {rule.Id} {rule.Name}\n\n");
            page.Append($"Level: {LevelWord(rule.DefaultLevel)}. Category: {rule.Category}.\n\n");
            page.Append(rule.Summary).Append("\n\n");
            page.Append(Paragraphs(rule.Help)).Append('\n');
        }

        return page.ToString();
    }

    /// <summary>Returns the word box.mib uses for a level.</summary>
    public static string LevelWord(RuleLevel level) => level.ToString().ToLowerInvariant();

    private static string Anchor(PolicyRuleInfo rule) => $"{rule.Id}-{rule.Name}".ToLowerInvariant();

    // Help texts wrap lines inside paragraphs; Markdown joins them, so only blank lines need to stay.
    private static string Paragraphs(string help) =>
        string.Join("\n\n", help.Replace("\r", string.Empty, StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(paragraph => string.Join(' ', paragraph.Split('\n').Select(line => line.Trim())))) + "\n";
}
