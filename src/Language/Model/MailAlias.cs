using System.Collections.Immutable;

namespace Mibc.Language.Model;

/// <summary>An address that forwards to other addresses.</summary>
/// <param name="Address">The forwarding address, on one of the box's domains.</param>
/// <param name="Targets">Where mail goes: users, other aliases or outside addresses.</param>
public sealed record MailAlias(Located<EmailAddress> Address, ImmutableArray<Located<EmailAddress>> Targets);
