using Mibc.Targets.Emit;
using Mibc.Targets.Render;

namespace Mibc.Targets.Tls;

/// <summary>Ships the DH parameters Postfix, Dovecot and nginx share: the RFC 7919 ffdhe group of the policy's size.</summary>
/// <remarks>
/// The groups are public constants (RFC 7919, appendix A), so every box of one size ships the same file and
/// nothing is generated on the host. The certificate and key are not here: apply.sh makes them on the host.
/// </remarks>
public sealed class TlsFilesEmitter : RenderModelEmitter
{
    /// <inheritdoc />
    public override string Name => "tls";

    /// <inheritdoc />
    protected override IEnumerable<BundleFile> Emit(BoxRenderModel model)
    {
        if (model.Tls.DhBits is not { } bits)
        {
            return [];
        }

        var pem = TemplateRenderer.ReadResource($"tls/ffdhe{bits}.pem");
        return [BundleFile.FromText(model.Paths.DhParameters, pem, "postfix", "dovecot", "nginx")];
    }
}
