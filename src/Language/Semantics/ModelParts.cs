using System.Collections.Immutable;
using Mibc.Language.Model;

namespace Mibc.Language.Semantics;

/// <summary>The declarations that bound cleanly, checked for names even when the box itself has errors.</summary>
internal sealed record ModelParts(
    HostSettings? Host,
    ImmutableArray<MailDomain> Domains,
    ImmutableArray<MailUser> Users,
    ImmutableArray<MailAlias> Aliases);
