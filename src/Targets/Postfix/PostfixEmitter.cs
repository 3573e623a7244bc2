using Mibc.Targets.Emit;
using Mibc.Targets.Render;

namespace Mibc.Targets.Postfix;

/// <summary>Renders Postfix's main.cf and master.cf and the lookup tables they read.</summary>
/// <remarks>
/// The tables use Postfix's texthash type: postmap's input format, read when Postfix starts or reloads,
/// so no postmap run is needed after apply and a reload picks up every change.
/// </remarks>
public sealed class PostfixEmitter : RenderModelEmitter
{
    private const string Service = "postfix";

    /// <inheritdoc />
    public override string Name => "postfix";

    /// <inheritdoc />
    protected override IEnumerable<BundleFile> Emit(BoxRenderModel model)
    {
        var directory = model.Paths.PostfixDirectory;
        var tables = model.Paths.PostfixTables;
        return
        [
            GeneratedFile.Public(directory + "/main.cf", "postfix/main.cf", model, Service) with { Packages = ["postfix"] },
            GeneratedFile.Public(directory + "/master.cf", "postfix/master.cf", model, Service),
            GeneratedFile.Public(tables + "/virtual_domains", "postfix/virtual_domains", model, Service),
            GeneratedFile.Public(tables + "/virtual_mailboxes", "postfix/virtual_mailboxes", model, Service),
            GeneratedFile.Public(tables + "/virtual_aliases", "postfix/virtual_aliases", model, Service),
            GeneratedFile.Public(tables + "/sender_login_maps", "postfix/sender_login_maps", model, Service),
        ];
    }
}
