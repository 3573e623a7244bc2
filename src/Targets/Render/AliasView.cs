using System.Collections.Immutable;

namespace Mibc.Targets.Render;

/// <summary>A forwarding address and where its mail goes.</summary>
/// <param name="Address">The forwarding address.</param>
/// <param name="Targets">The addresses mail goes to, in box.mib's order.</param>
public sealed record AliasView(string Address, ImmutableArray<string> Targets);
