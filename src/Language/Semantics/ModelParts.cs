using System.Collections.Immutable;
using Mibc.Language.Model;

namespace Mibc.Language.Semantics;

/// <summary>The declarations that bound cleanly, checked for names even when the box itself has errors.</summary>
/// <param name="Host">The box settings, when its name and admin bound.</param>
/// <param name="Domains">The domains that bound cleanly.</param>
/// <param name="Users">The users that bound cleanly.</param>
/// <param name="Aliases">The aliases that bound cleanly.</param>
/// <param name="Declared">Every declared domain, user and alias name in ASCII form, including those whose other
/// keys have errors, so a user with a bad password does not also look undeclared.</param>
/// <param name="UsersWithErrors">Users with an error in any key, whose other findings would only repeat it.</param>
/// <param name="Policy">The security policy, built even when the box block has errors.</param>
/// <param name="Os">The target OS as written, or the default when the box block is missing.</param>
internal sealed record ModelParts(
    HostSettings? Host,
    ImmutableArray<MailDomain> Domains,
    ImmutableArray<MailUser> Users,
    ImmutableArray<MailAlias> Aliases,
    DeclaredNames Declared,
    ImmutableHashSet<string> UsersWithErrors,
    SecurityPolicy Policy,
    OsProfile Os);

/// <summary>The ASCII names of every declaration whose own name is valid.</summary>
/// <param name="Domains">Declared domains.</param>
/// <param name="Users">Declared user addresses.</param>
/// <param name="Aliases">Declared alias addresses.</param>
internal sealed record DeclaredNames(ImmutableHashSet<string> Domains, ImmutableHashSet<string> Users, ImmutableHashSet<string> Aliases);
