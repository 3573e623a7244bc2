using System.Collections.Immutable;
using Mibc.Language.Model;

namespace Mibc.Targets.Deploy;

/// <summary>The hooks every generated apply.sh runs; the place to add post-install steps such as DNSSEC signing.</summary>
public static class DeployHookCatalog
{
    /// <summary>Creates the hooks for a box, in the order apply.sh runs them.</summary>
    public static ImmutableArray<DeployHook> Create(BoxModel model) => [];
}
