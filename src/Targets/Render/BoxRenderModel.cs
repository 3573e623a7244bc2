using System.Collections.Immutable;
using Mibc.Targets.Dovecot;
using Mibc.Targets.Nginx;
using Mibc.Targets.Postfix;
using Mibc.Targets.Profiles;
using Mibc.Targets.Tls;

namespace Mibc.Targets.Render;

/// <summary>
/// Every value the templates write, built once from the checked model and shared by all emitters.
/// Templates see these properties in snake case, such as <c>host.max_message_bytes</c>.
/// </summary>
/// <param name="SourceName">The file name of box.mib, for the header comment of each file.</param>
/// <param name="Os">The target release.</param>
/// <param name="Paths">Where files live on the host.</param>
/// <param name="Host">The host.</param>
/// <param name="Tls">The TLS of every served listener, as the configs write it.</param>
/// <param name="PostfixTls">The TLS settings in Postfix's syntax.</param>
/// <param name="DovecotTls">The TLS settings in Dovecot's syntax.</param>
/// <param name="NginxTls">The TLS settings in nginx's syntax.</param>
/// <param name="Domains">The mail domains in ASCII form, in box.mib's order.</param>
/// <param name="Mailboxes">The mail users.</param>
/// <param name="Aliases">The forwarding addresses.</param>
/// <param name="SenderLogins">Who may send from which address.</param>
/// <param name="Signing">The domains OpenDKIM signs for.</param>
/// <param name="Access">The client listeners and their login rules.</param>
/// <param name="Https">The web server's HTTPS behaviour.</param>
/// <param name="Sites">The HTTPS server blocks.</param>
/// <param name="DnssecOutbound">Whether outbound SMTP uses DANE, which needs DNSSEC.</param>
public sealed record BoxRenderModel(
    string SourceName,
    OsTarget Os,
    HostPaths Paths,
    HostView Host,
    TargetTls Tls,
    PostfixTlsView PostfixTls,
    DovecotTlsView DovecotTls,
    NginxTlsView NginxTls,
    ImmutableArray<string> Domains,
    ImmutableArray<MailboxView> Mailboxes,
    ImmutableArray<AliasView> Aliases,
    ImmutableArray<SenderLoginView> SenderLogins,
    ImmutableArray<DkimSigningView> Signing,
    MailAccessView Access,
    HttpsView Https,
    ImmutableArray<WebSiteView> Sites,
    bool DnssecOutbound);
