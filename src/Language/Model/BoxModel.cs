using System.Collections.Immutable;

namespace Mibc.Language.Model;

/// <summary>
/// The checked, immutable description of one mail box: what targets render and policies inspect.
/// </summary>
/// <remarks>NOTE: nothing here refers to syntax types, so targets and policies never depend on the parser.</remarks>
/// <param name="SourcePath">The path of the box.mib file, as given to the compiler.</param>
/// <param name="Host">The machine and its identity.</param>
/// <param name="Domains">The mail domains in declaration order.</param>
/// <param name="Users">The mailboxes in declaration order.</param>
/// <param name="Aliases">The forwarding addresses in declaration order.</param>
/// <param name="Policy">The security policy, with defaults filled in.</param>
public sealed record BoxModel(
    string SourcePath,
    HostSettings Host,
    ImmutableArray<MailDomain> Domains,
    ImmutableArray<MailUser> Users,
    ImmutableArray<MailAlias> Aliases,
    SecurityPolicy Policy)
{
    /// <summary>Finds a declared domain by its ASCII name.</summary>
    public MailDomain? FindDomain(string asciiName) =>
        Domains.FirstOrDefault(domain => domain.Name.Value.Ascii == asciiName);

    /// <summary>Finds a user by address.</summary>
    public MailUser? FindUser(EmailAddress address) =>
        Users.FirstOrDefault(user => user.Address.Value.Ascii == address.Ascii);

    /// <summary>Returns the aliases that forward to <paramref name="user"/> directly; the user may send as them.</summary>
    public IEnumerable<MailAlias> AliasesOf(MailUser user) =>
        Aliases.Where(alias => alias.Targets.Any(target => target.Value.Ascii == user.Address.Value.Ascii));
}
