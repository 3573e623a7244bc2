namespace Mibc.Targets.Emit;

/// <summary>
/// Renders the files of one daemon or concern (Postfix, DNS, the deploy script) from a checked model.
/// </summary>
public interface IEmitter
{
    /// <summary>A short name for logs and the manifest, such as <c>postfix</c>.</summary>
    string Name { get; }

    /// <summary>Renders the emitter's files.</summary>
    /// <param name="context">The model and what the emitter may need beside it.</param>
    /// <returns>The files, with bundle-relative paths; errors go to <see cref="EmitContext.Report"/>.</returns>
    IEnumerable<BundleFile> Emit(EmitContext context);
}
