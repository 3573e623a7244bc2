using Mibc.Language.Diagnostics;
using Mibc.Language.Semantics;
using Mibc.Language.Text;
using Mibc.Targets.Render;

namespace Mibc.Compiler.Pipeline;

/// <summary>
/// Reports, at check time, the values no generated config file could hold (MIB3xxx), by building the
/// render model the emitters would build.
/// </summary>
public sealed class TargetValueAnalyzer : IModelAnalyzer
{
    /// <inheritdoc />
    public IEnumerable<Diagnostic> Analyze(CheckResult check, IDictionary<string, SourceText> sources) =>
        check.Model is { } model ? RenderModelBuilder.Build(model).Diagnostics : [];
}
