using Mibc.Targets.Emit;
using Mibc.Targets.Render;

namespace Mibc.Targets.OpenDkim;

/// <summary>Renders opendkim.conf and its KeyTable, SigningTable and TrustedHosts, when any domain signs.</summary>
/// <remarks>The private keys the KeyTable names come from the DNS target, which keeps them with box.mib.</remarks>
public sealed class OpenDkimEmitter : RenderModelEmitter
{
    private const string Service = "opendkim";

    /// <inheritdoc />
    public override string Name => "opendkim";

    /// <inheritdoc />
    protected override IEnumerable<BundleFile> Emit(BoxRenderModel model)
    {
        if (model.Signing.IsEmpty)
        {
            return [];
        }

        var directory = model.Paths.OpenDkimDirectory;
        return
        [
            GeneratedFile.Public(model.Paths.OpenDkimConfig, "opendkim/opendkim.conf", model, Service) with { Packages = ["opendkim"] },
            GeneratedFile.Public(directory + "/KeyTable", "opendkim/KeyTable", model, Service),
            GeneratedFile.Public(directory + "/SigningTable", "opendkim/SigningTable", model, Service),
            GeneratedFile.Public(directory + "/TrustedHosts", "opendkim/TrustedHosts", model, Service),
        ];
    }
}
