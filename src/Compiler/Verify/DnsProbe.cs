using System.Net;
using DnsClient;
using DnsClient.Protocol;

namespace Mibc.Compiler.Verify;

/// <summary>Queries the box's own name server directly, without caches, for one owner name and type.</summary>
internal static class DnsProbe
{
    /// <summary>Returns the answers as data strings in zone file form, such as <c>10 mail.example.org.</c>.</summary>
    public static async Task<IReadOnlyList<string>> QueryAsync(VerifyEndpoint endpoint, string owner, string type, CancellationToken cancellation)
    {
        var addresses = IPAddress.TryParse(endpoint.Address, out var parsed)
            ? [parsed]
            : await System.Net.Dns.GetHostAddressesAsync(endpoint.Address, cancellation);
        var options = new LookupClientOptions(new NameServer(addresses[0], endpoint.Port))
        {
            UseCache = false,
            Recursion = false,
            Retries = 1,
            Timeout = TimeSpan.FromSeconds(3),
            ThrowDnsErrors = false,
        };
        var client = new LookupClient(options);
        IDnsQueryResponse response;
        try
        {
            response = await client.QueryAsync(owner, Enum.Parse<QueryType>(type), QueryClass.IN, cancellation);
        }
        catch (DnsResponseException error)
        {
            throw new IOException($"no DNS answer for {owner} {type}: {error.Message}", error);
        }
        if (response.HasError)
        {
            throw new IOException($"the name server replied {response.ErrorMessage} for {owner} {type}");
        }

        return [.. response.Answers.Select(Format).OfType<string>()];
    }

    private static string? Format(DnsResourceRecord record) => record switch
    {
        MxRecord mx => $"{mx.Preference} {mx.Exchange.Value}",
        TxtRecord txt => string.Concat(txt.Text),
        ARecord a => a.Address.ToString(),
        AaaaRecord aaaa => aaaa.Address.ToString(),
        _ => null,
    };
}
