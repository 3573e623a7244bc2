using System.Collections.Immutable;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Parsing;
using Mibc.Language.Text;

namespace Mibc.Language.Semantics;

/// <summary>
/// Parses and checks one box.mib file: syntax, names and types. Policies and targets run after it.
/// </summary>
public static class BoxChecker
{
    /// <summary>Reads and checks a file from disk.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public static CheckResult CheckFile(string path) => Check(MibParser.ParseBytes(path, SourceFileReader.Read(path)));

    /// <summary>Checks already decoded text.</summary>
    public static CheckResult Check(SourceText source) => Check(MibParser.Parse(source));

    /// <summary>Checks a parse result.</summary>
    public static CheckResult Check(ParseResult parsed)
    {
        // NOTE: a file that is not text has no tree worth binding, so its one encoding error is the result.
        if (parsed.Diagnostics.Any(diagnostic => diagnostic.Code == DiagnosticCatalog.InvalidEncoding.Code
            || diagnostic.Code == DiagnosticCatalog.FileTooLarge.Code))
        {
            return new CheckResult(parsed, null, parsed.Diagnostics);
        }

        var context = new BindingContext(parsed.Source);
        var file = new Binder(context).BindFile(parsed.Syntax);
        var (model, parts) = new ModelBuilder(context).Build(file);
        new NameChecker(context).Check(parts);
        new TlsChecker(context).Check(parts);

        var diagnostics = parsed.Diagnostics
            .Concat(context.Diagnostics)
            .OrderBy(diagnostic => diagnostic.Location.Span.Start)
            .ThenBy(diagnostic => diagnostic.Code, StringComparer.Ordinal)
            .ToList();
        return new CheckResult(parsed, model, Limit(diagnostics));
    }

    /// <summary>The most diagnostics one file reports; past it, a broken file would only flood the output.</summary>
    public const int MaxDiagnostics = 1000;

    private static ImmutableArray<Diagnostic> Limit(List<Diagnostic> diagnostics)
    {
        if (diagnostics.Count <= MaxDiagnostics)
        {
            return [.. diagnostics];
        }

        var cut = DiagnosticCatalog.TooManyDiagnostics.Create(diagnostics[MaxDiagnostics].Location, MaxDiagnostics);
        return [.. diagnostics.Take(MaxDiagnostics), cut];
    }
}
