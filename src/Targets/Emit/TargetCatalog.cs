using System.Collections.Immutable;

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
    ];
}
