using System.Collections.Immutable;
using Mibc.Targets.Dovecot;
using Mibc.Targets.Nginx;
using Mibc.Targets.OpenDkim;
using Mibc.Targets.Postfix;
using Mibc.Targets.Tls;

namespace Mibc.Targets.Emit;

/// <summary>The emitters every build runs, in the order their files appear in the manifest.</summary>
public static class TargetCatalog
{
    /// <summary>Creates the emitters for one build.</summary>
    public static ImmutableArray<IEmitter> CreateEmitters() =>
    [
        new Dkim.DkimKeyEmitter(),
        new Dns.MtaStsEmitter(),
        new Dns.NsdEmitter(),
        new TlsFilesEmitter(),
        new PostfixEmitter(),
        new DovecotEmitter(),
        new NginxEmitter(),
        new OpenDkimEmitter(),
    ];
}
