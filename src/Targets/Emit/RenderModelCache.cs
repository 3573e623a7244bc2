using System.Runtime.CompilerServices;
using Mibc.Targets.Render;

namespace Mibc.Targets.Emit;

/// <summary>Builds the render model once per build, however many emitters ask for it.</summary>
internal static class RenderModelCache
{
    private static readonly ConditionalWeakTable<EmitContext, Entry> Entries = [];

    /// <summary>Returns the build's render model, or null when building it reported errors.</summary>
    /// <remarks>The first call reports the builder's diagnostics to <paramref name="context"/>; later calls do not repeat them.</remarks>
    public static BoxRenderModel? Get(EmitContext context) =>
        Entries.GetValue(context, Build).Model;

    private static Entry Build(EmitContext context)
    {
        var (model, diagnostics) = RenderModelBuilder.Build(context.Model);
        foreach (var diagnostic in diagnostics)
        {
            context.Report(diagnostic);
        }

        return new Entry(model);
    }

    private sealed record Entry(BoxRenderModel? Model);
}
