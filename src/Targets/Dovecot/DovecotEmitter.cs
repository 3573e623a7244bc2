using Mibc.Targets.Emit;
using Mibc.Targets.Render;

namespace Mibc.Targets.Dovecot;

/// <summary>Renders dovecot.conf and the passwd-file of mail users.</summary>
public sealed class DovecotEmitter : RenderModelEmitter
{
    private const string Service = "dovecot";

    /// <inheritdoc />
    public override string Name => "dovecot";

    /// <inheritdoc />
    protected override IEnumerable<BundleFile> Emit(BoxRenderModel model)
    {
        // NOTE: the passwd-file contains password hashes, so it is secret and readable only by root and
        // the group of Dovecot's auth process.
        var users = GeneratedFile.FromText(
            model.Paths.DovecotUsers, TemplateRenderer.Render("dovecot/users", model), "0640", "root", "dovecot", [Service], secret: true);
        // Debian splits Dovecot into a package per protocol; LMTP and the auth socket are always needed.
        string[] packages =
        [
            "dovecot-core",
            "dovecot-lmtpd",
            .. model.Access.Imap.Enabled ? ["dovecot-imapd"] : Array.Empty<string>(),
            .. model.Access.Pop.Enabled ? ["dovecot-pop3d"] : Array.Empty<string>(),
        ];
        return
        [
            GeneratedFile.Public(model.Paths.DovecotConfig, "dovecot/dovecot.conf", model, Service) with { Packages = [.. packages] },
            users,
        ];
    }
}
