using System.Collections.Immutable;

namespace Mibc.Targets.Render;

/// <summary>An address and the logins that may send mail from it.</summary>
/// <param name="Address">The sender address.</param>
/// <param name="Logins">The users who may use it: its owner, or the users an alias forwards to.</param>
public sealed record SenderLoginView(string Address, ImmutableArray<string> Logins);
