using Mibc.Language.Diagnostics;
using Mibc.Language.Text;

namespace Mibc.Language.Semantics;

/// <summary>The file being bound and the diagnostics found so far.</summary>
internal sealed class BindingContext(SourceText source)
{
    private readonly List<Diagnostic> diagnostics = [];

    public SourceText Source { get; } = source;

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    public SourceSpan Locate(TextSpan span) => Source.GetSpan(span);

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] args) =>
        diagnostics.Add(descriptor.Create(Locate(span), args));

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args) =>
        diagnostics.Add(descriptor.Create(span, args));

    /// <summary>Reports a diagnostic whose source line must not be printed, because it may hold a secret.</summary>
    public void ReportHidingSource(DiagnosticDescriptor descriptor, TextSpan span, params object[] args) =>
        diagnostics.Add(descriptor.Create(Locate(span), args) with { HidesSource = true });
}
