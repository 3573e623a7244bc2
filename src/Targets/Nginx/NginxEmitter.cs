using Mibc.Targets.Emit;
using Mibc.Targets.Render;

namespace Mibc.Targets.Nginx;

/// <summary>Renders nginx.conf, the server blocks, and the mail client setup files they serve.</summary>
public sealed class NginxEmitter : RenderModelEmitter
{
    private const string Service = "nginx";

    /// <inheritdoc />
    public override string Name => "nginx";

    /// <inheritdoc />
    protected override IEnumerable<BundleFile> Emit(BoxRenderModel model)
    {
        // The client setup files are read on each request, so changing them needs no reload.
        return
        [
            GeneratedFile.Public(model.Paths.NginxConfig, "nginx/nginx.conf", model, Service) with { Packages = ["nginx"] },
            GeneratedFile.Public(model.Paths.NginxSites, "nginx/sites.conf", model, Service),
            GeneratedFile.Public(model.Paths.AutoconfigFile, "nginx/config-v1.1.xml", model),
            GeneratedFile.Public(model.Paths.AutodiscoverFile, "nginx/autodiscover.xml", model),
        ];
    }
}
