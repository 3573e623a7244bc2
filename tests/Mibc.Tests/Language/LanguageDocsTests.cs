using System.Text.RegularExpressions;
using Mibc.Language.Semantics.Schema;
using Mibc.Tests.Support;

namespace Mibc.Tests.Language;

/// <summary>docs/language.md must match the parser and the schema.</summary>
public sealed partial class LanguageDocsTests
{
    private static string DocumentPath => Path.Combine(RepositoryPaths.Root, "docs", "language.md");

    [Fact]
    public void Reference_MatchesSchema()
    {
        var document = File.ReadAllText(DocumentPath);
        var current = LanguageReference.UpdateDocument(document);

        if (RepositoryPaths.UpdateBaselines)
        {
            File.WriteAllText(DocumentPath, current);
            return;
        }

        Assert.True(document == current, "docs/language.md is stale: run the tests with MIBC_UPDATE_BASELINES=1 and commit the result.");
    }

    public static TheoryData<int> ExampleIndexes() => [.. Enumerable.Range(0, Examples().Count)];

    [Theory]
    [MemberData(nameof(ExampleIndexes))]
    public void Example_HasNoSyntaxErrors(int index)
    {
        var example = Examples()[index];

        var result = Compilers.CheckText(example, "docs/language.md");

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("MIB0", StringComparison.Ordinal));
    }

    [Fact]
    public void FullExample_ChecksClean()
    {
        var example = Examples().First(text => text.StartsWith("# box.mib", StringComparison.Ordinal));

        var result = Compilers.CheckText(example, "docs/language.md");

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void EveryKey_IsDocumented()
    {
        var document = File.ReadAllText(DocumentPath);

        foreach (var block in LanguageSchema.AllBlocks().Where(block => block.Keyword != "file"))
        {
            Assert.Contains($"### `{block.Keyword}`", document, StringComparison.Ordinal);
            foreach (var property in block.Properties)
            {
                Assert.Contains($"| `{property.Name}` |", document, StringComparison.Ordinal);
            }
        }
    }

    private static List<string> Examples() =>
        [.. MibBlock().Matches(File.ReadAllText(DocumentPath)).Select(match => match.Groups[1].Value)];

    [GeneratedRegex("```mib\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex MibBlock();
}
