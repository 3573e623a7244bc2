using Mibc.Targets.Emit;

namespace Mibc.Targets.Dns;

/// <summary>Renders the MTA-STS policy file that nginx serves on every <c>mta-sts.&lt;domain&gt;</c> host.</summary>
/// <remarks>The <c>_mta-sts</c> TXT record of each zone carries the id derived from this file's content.</remarks>
public sealed class MtaStsEmitter : IEmitter
{
    /// <inheritdoc />
    public string Name => "mta-sts";

    /// <inheritdoc />
    public IEnumerable<BundleFile> Emit(EmitContext context) =>
        [BundleFile.FromText(MtaStsPolicy.HostPath, MtaStsPolicy.Create(context.Model).Text)];
}
