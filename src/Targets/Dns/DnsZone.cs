using System.Collections.Immutable;
using Mibc.Language.Model;
using Mibc.Targets.Dns.Dnssec;

namespace Mibc.Targets.Dns;

/// <summary>One zone the box serves: a declared domain and every record in it except the SOA.</summary>
/// <param name="Domain">The domain whose zone this is.</param>
/// <param name="Records">The records, generated and declared, in zone file order.</param>
/// <param name="SigningKey">The DNSSEC key when the policy signs zones; otherwise null.</param>
public sealed record DnsZone(MailDomain Domain, ImmutableArray<ZoneRecord> Records, DnssecKey? SigningKey)
{
    /// <summary>The zone's name in lower-case ASCII, without the final dot.</summary>
    public string Origin => Domain.Name.Value.Ascii;
}
