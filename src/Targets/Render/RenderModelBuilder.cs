using System.Collections.Immutable;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Targets.Dkim;
using Mibc.Targets.Dovecot;
using Mibc.Targets.Nginx;
using Mibc.Targets.Postfix;
using Mibc.Targets.Profiles;
using Mibc.Targets.Tls;

namespace Mibc.Targets.Render;

/// <summary>
/// Builds the render model from a checked box model and reports every value no config file can hold
/// (MIB3xxx), so that a bundle is written only from values each file's syntax keeps as they are.
/// </summary>
public static class RenderModelBuilder
{
    /// <summary>Builds the render model, or returns null with the errors that prevent it.</summary>
    public static (BoxRenderModel? Model, ImmutableArray<Diagnostic> Diagnostics) Build(BoxModel model)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var report = diagnostics.Add;
        var os = OsTargets.For(model.Host.Os.Value);
        var paths = HostPaths.Default;
        var policy = model.Policy;

        var access = BuildAccess(policy);
        var tls = TargetTlsBuilder.Build(model, os, report);
        var postfixTls = tls is null ? null : PostfixTlsView.Create(tls, policy, os, paths, report);
        var dovecotTls = tls is null ? null : DovecotTlsView.Create(tls, policy, os, paths, report);
        var nginxTls = tls is null ? null : NginxTlsView.Create(tls, os, paths, report);
        var signing = BuildSigning(model);
        var sites = WebSiteLayout.Build(model, paths, report);

        var sorted = diagnostics
            .OrderBy(diagnostic => diagnostic.Location.Span.Start)
            .ThenBy(diagnostic => diagnostic.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        if (tls is null || postfixTls is null || dovecotTls is null || nginxTls is null || sorted.Any(diagnostic => diagnostic.IsError))
        {
            return (null, sorted);
        }

        var renderModel = new BoxRenderModel(
            Path.GetFileName(model.SourcePath),
            os,
            paths,
            HostView.From(model.Host),
            tls,
            postfixTls,
            dovecotTls,
            nginxTls,
            [.. model.Domains.Select(domain => domain.Name.Value.Ascii)],
            [.. model.Users.Select(BuildMailbox)],
            [.. model.Aliases.Select(alias => new AliasView(alias.Address.Value.Ascii, [.. alias.Targets.Select(target => target.Value.Ascii)]))],
            BuildSenderLogins(model),
            signing,
            access,
            new HttpsView((long)policy.Https.Hsts.Value.TotalSeconds, policy.Https.RedirectHttp.Value),
            sites,
            policy.Dnssec.Value);
        return (renderModel, sorted);
    }

    private static MailboxView BuildMailbox(MailUser user) =>
        new(user.Address.Value.Ascii, user.Password.Value.Text, user.Quota is { } quota ? "*:storage=" + QuotaSize(quota.Value) : null);

    // Dovecot reads a bare storage number as kilobytes; a one-letter unit (B, K, M, G, T) makes the size exact.
    private static string QuotaSize(ByteSize size)
    {
        string[] units = ["B", "K", "M", "G", "T"];
        var value = size.Bytes;
        var unit = 0;
        while (unit < units.Length - 1 && value != 0 && value % 1024 == 0)
        {
            value /= 1024;
            unit++;
        }

        return value.ToString(System.Globalization.CultureInfo.InvariantCulture) + units[unit];
    }

    private static MailAccessView BuildAccess(SecurityPolicy policy) => new(
        SubmissionPort: 587,
        SubmissionsPort: 465,
        policy.Submission.Value == SubmissionMode.StarttlsOptional,
        BuildProtocolAccess(policy.Imap.Value, tlsPort: 993, plaintextPort: 143),
        BuildProtocolAccess(policy.Pop.Value, tlsPort: 995, plaintextPort: 110));

    private static ProtocolAccessView BuildProtocolAccess(MailboxAccessMode mode, int tlsPort, int plaintextPort) => new(
        mode != MailboxAccessMode.Off,
        tlsPort,
        mode is MailboxAccessMode.StarttlsRequired or MailboxAccessMode.PlaintextAllowed ? plaintextPort : 0,
        mode == MailboxAccessMode.PlaintextAllowed);

    // Each user may send as their own address and as every alias that forwards to them directly.
    private static ImmutableArray<SenderLoginView> BuildSenderLogins(BoxModel model)
    {
        var users = model.Users.Select(user => new SenderLoginView(user.Address.Value.Ascii, [user.Address.Value.Ascii]));
        var aliases = model.Aliases
            .Select(alias => new SenderLoginView(
                alias.Address.Value.Ascii,
                [.. alias.Targets.Where(target => model.FindUser(target.Value) is not null).Select(target => target.Value.Ascii)]))
            .Where(login => !login.Logins.IsEmpty);
        return [.. users.Concat(aliases)];
    }

    // A domain signs with its main selector and, when set, its Ed25519 selector; OpenDKIM adds both signatures.
    private static ImmutableArray<DkimSigningView> BuildSigning(BoxModel model)
    {
        var signing = ImmutableArray.CreateBuilder<DkimSigningView>();
        foreach (var domain in model.Domains.Where(domain => domain.Dkim.Enabled.Value))
        {
            foreach (var (selector, _) in domain.Dkim.SigningSelectors())
            {
                var name = domain.Name.Value.Ascii;
                var safeSelector = ConfigValueRules.RequireConfigSafe(selector.Value, "selector");
                signing.Add(new DkimSigningView(name, safeSelector, $"{safeSelector}._domainkey.{name}", DkimKey.HostPathOf(domain.Name.Value, safeSelector)));
            }
        }

        return signing.ToImmutable();
    }
}
