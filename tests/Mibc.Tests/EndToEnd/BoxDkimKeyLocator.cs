using System.Net;
using DnsClient;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;

namespace Mibc.Tests.EndToEnd;

/// <summary>Looks up DKIM public keys in the running box's own name server, NSD on 127.0.0.1:53, which serves the zones the build wrote.</summary>
internal sealed class BoxDkimKeyLocator : DkimPublicKeyLocatorBase
{
    private readonly LookupClient client = new(new LookupClientOptions(new NameServer(IPAddress.Loopback, 53))
    {
        UseCache = false,
        Recursion = false,
        Retries = 1,
        Timeout = TimeSpan.FromSeconds(5),
        ThrowDnsErrors = false,
    });

    /// <summary>The TXT records found at the last lookup, for failure messages.</summary>
    public string LastAnswer { get; private set; } = string.Empty;

    /// <inheritdoc />
    public override AsymmetricKeyParameter LocatePublicKey(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
        LocatePublicKeyAsync(methods, domain, selector, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc />
    public override async Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain, string selector, CancellationToken cancellationToken = default)
    {
        var name = $"{selector}._domainkey.{domain}";
        var response = await client.QueryAsync(name, QueryType.TXT, QueryClass.IN, cancellationToken);

        // A long key is split into several strings of one TXT record; the record is their concatenation.
        var records = response.Answers.TxtRecords().Select(record => string.Concat(record.Text)).ToList();
        LastAnswer = $"{name} TXT: {(records.Count == 0 ? response.Header.ResponseCode.ToString() : string.Join(" | ", records))}";
        var key = records.SingleOrDefault(record => record.Contains("p=", StringComparison.Ordinal));
        return key is null
            ? throw new InvalidOperationException($"the box's NSD has no DKIM key record: {LastAnswer}")
            : GetPublicKey(key);
    }
}
