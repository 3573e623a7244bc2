using Mibc.Language.Diagnostics;
using Mibc.Language.Model;

namespace Mibc.Targets.Emit;

/// <summary>What an emitter gets: the checked model and a place to report target diagnostics.</summary>
/// <param name="Model">The checked box model, free of errors.</param>
/// <param name="SourceDirectory">The directory of box.mib, where key stores and packs live.</param>
public sealed class EmitContext(BoxModel Model, string SourceDirectory)
{
    private readonly List<Diagnostic> diagnostics = [];

    /// <summary>The checked box model.</summary>
    public BoxModel Model { get; } = Model;

    /// <summary>The directory of box.mib.</summary>
    public string SourceDirectory { get; } = SourceDirectory;

    /// <summary>The diagnostics emitters reported.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <summary>Reports a diagnostic, usually a MIB3xxx error for a value a config cannot hold.</summary>
    public void Report(Diagnostic diagnostic) => diagnostics.Add(diagnostic);
}
