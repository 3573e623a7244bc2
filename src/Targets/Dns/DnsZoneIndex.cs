using Mibc.Language.Model;

namespace Mibc.Targets.Dns;

/// <summary>Finds which of the box's zones contains a name.</summary>
internal static class DnsZoneIndex
{
    /// <summary>Returns the declared domain whose zone contains <paramref name="name"/>: the longest one at or above it.</summary>
    public static MailDomain? MostSpecific(IEnumerable<MailDomain> domains, string name) =>
        domains.Where(domain => DnsNames.IsAtOrBelow(name, domain.Name.Value.Ascii))
            .MaxBy(domain => domain.Name.Value.Ascii.Length);
}
