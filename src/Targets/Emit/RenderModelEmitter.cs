using Mibc.Targets.Render;

namespace Mibc.Targets.Emit;

/// <summary>An emitter of daemon configs, which all render from the build's one render model.</summary>
public abstract class RenderModelEmitter : IEmitter
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    /// <remarks>Emits nothing when building the render model reported errors; they are in <paramref name="context"/>.</remarks>
    public IEnumerable<BundleFile> Emit(EmitContext context) =>
        RenderModelCache.Get(context) is { } model ? Emit(model) : [];

    /// <summary>Renders the emitter's files from the render model.</summary>
    protected abstract IEnumerable<BundleFile> Emit(BoxRenderModel model);
}
