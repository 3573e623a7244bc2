using Mibc.Targets.Emit;

namespace Mibc.Targets.Dovecot;

/// <summary>Renders dovecot.conf and the passwd-file of mail users.</summary>
public sealed class DovecotEmitter : IEmitter
{
    private const string Service = "dovecot";

    /// <inheritdoc />
    public string Name => "dovecot";

    /// <inheritdoc />
    public IEnumerable<BundleFile> Emit(EmitContext context)
    {
        if (RenderModelCache.Get(context) is not { } model)
        {
            return [];
        }

        // NOTE: the passwd-file holds password hashes, so it is secret and readable only by root and
        // the group of Dovecot's auth process.
        var users = GeneratedFile.FromText(
            model.Paths.DovecotUsers, TemplateRenderer.Render("dovecot/users", model), "0640", "root", "dovecot", [Service], secret: true);
        return
        [
            GeneratedFile.Public(model.Paths.DovecotConfig, "dovecot/dovecot.conf", model, Service),
            users,
        ];
    }
}
