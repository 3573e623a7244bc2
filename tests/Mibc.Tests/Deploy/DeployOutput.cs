using System.Text.RegularExpressions;

namespace Mibc.Tests.Deploy;

/// <summary>Reads the file lines that mibc plan and apply.sh print: "  create /path" and "  update /path (reasons)".</summary>
internal static partial class DeployOutput
{
    public static SortedSet<string> ChangedPaths(string output) =>
        new(ChangeLine().Matches(output).Select(match => match.Groups[1].Value), StringComparer.Ordinal);

    [GeneratedRegex(@"^  (?:create|update) (/\S+)", RegexOptions.Multiline)]
    private static partial Regex ChangeLine();
}
