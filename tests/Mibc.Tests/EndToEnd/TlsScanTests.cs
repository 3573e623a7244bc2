using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Tests.EndToEnd;

/// <summary>
/// The deployed box scanned as an auditor would, with testssl.sh, against the security baseline and box.mib's policy.
/// </summary>
[Collection(LoopbackBoxCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class TlsScanTests(LoopbackBox box)
{
    // The baseline: no suite under 112 bits, none under 128 on submission, and DH groups of 2048 bits or more.
    private const int MinimumBits = 112;
    private const int MinimumSubmissionBits = 128;
    private const int MinimumDhBits = 2048;

    private static readonly (string Id, TlsProtocol Protocol)[] Protocols =
    [
        ("SSLv2", TlsProtocol.SSLv2),
        ("SSLv3", TlsProtocol.SSLv3),
        ("TLS1", TlsProtocol.TLSv1),
        ("TLS1_1", TlsProtocol.TLSv1_1),
        ("TLS1_2", TlsProtocol.TLSv1_2),
        ("TLS1_3", TlsProtocol.TLSv1_3),
    ];

    // Export, anonymous and unencrypted suites, by the parts of their OpenSSL names.
    private static readonly string[] ForbiddenNameParts = ["EXP", "NULL", "ADH", "AECDH", "anon"];

    [Theory]
    [InlineData(Listener.Smtp)]
    [InlineData(Listener.Submission)]
    [InlineData(Listener.Submissions)]
    [InlineData(Listener.Imaps)]
    [InlineData(Listener.Pop3s)]
    [InlineData(Listener.Https)]
    public async Task Listener_OffersPolicyProtocolsOnly(Listener listener)
    {
        var port = listener.Port()!.Value;
        var scan = await box.ScanAsync(port);
        var tls = EffectiveTls.For(box.Model, listener);

        foreach (var (id, protocol) in Protocols)
        {
            var expected = tls.Enables(protocol);
            Assert.True(scan.Offers(id) == expected, $"port {port}: {id} is \"{scan.Finding(id)}\", but the policy {(expected ? "enables" : "forbids")} it");
        }
    }

    [Theory]
    [InlineData(Listener.Submission, MinimumSubmissionBits)]
    [InlineData(Listener.Submissions, MinimumSubmissionBits)]
    [InlineData(Listener.Imaps, MinimumBits)]
    [InlineData(Listener.Pop3s, MinimumBits)]
    [InlineData(Listener.Https, MinimumBits)]
    public async Task MandatoryListener_OffersNoWeakSuite(Listener listener, int minimumBits)
    {
        Assert.Equal(ListenerStrictness.Mandatory, listener.Strictness());
        var port = listener.Port()!.Value;
        var scan = await box.ScanAsync(port);

        Assert.NotEmpty(scan.Ciphers);
        Assert.All(scan.Ciphers, cipher => Assert.True(cipher.EncryptionBits >= minimumBits, $"port {port} accepts {cipher.Name} with {cipher.EncryptionBits} bits, under {minimumBits}"));
        AssertNoForbiddenSuite(scan);
        AssertStrongDh(scan, EffectiveTls.For(box.Model, listener));
    }

    [Fact]
    public async Task Smtp_RefusesSslAndWeakDh()
    {
        // Port 25 is opportunistic: medium suites stay, because weak TLS still beats plaintext.
        Assert.Equal(ListenerStrictness.Opportunistic, Listener.Smtp.Strictness());
        var scan = await box.ScanAsync(Listener.Smtp.Port()!.Value);

        Assert.False(scan.Offers("SSLv2"));
        Assert.False(scan.Offers("SSLv3"));
        Assert.NotEmpty(scan.Ciphers);
        AssertNoForbiddenSuite(scan);
        AssertStrongDh(scan, EffectiveTls.For(box.Model, Listener.Smtp));
    }

    [Fact]
    public async Task Https_SendsHstsWithPolicyMaxAge()
    {
        var scan = await box.ScanAsync(Listener.Https.Port()!.Value);
        var seconds = (long)box.Model.Policy.Https.Hsts.Value.TotalSeconds;

        // Such as "365 days (=31536000 seconds) > 15552000 seconds".
        Assert.Contains($"(={seconds} seconds)", scan.Finding("HSTS_time"), StringComparison.Ordinal);
    }

    private static void AssertNoForbiddenSuite(TestSslReport scan) =>
        Assert.All(scan.Ciphers, cipher => Assert.False(
            ForbiddenNameParts.Any(part => cipher.Name.Contains(part, StringComparison.Ordinal)) || cipher.EncryptionBits == 0,
            $"port {scan.Port} accepts the export, anonymous or unencrypted suite {cipher.Name}"));

    private static void AssertStrongDh(TestSslReport scan, ListenerTls tls)
    {
        // The baseline's 2048 bits, or more where box.mib or the profile sets larger parameters.
        var minimum = Math.Max(MinimumDhBits, tls.DhBits?.Value ?? 0);

        // Only DHE suites have a finite-field group; ECDHE and TLS 1.3 groups are curves.
        foreach (var cipher in scan.Ciphers.Where(cipher => cipher.KeyExchange == "DH"))
        {
            Assert.True(cipher.KeyExchangeBits >= minimum, $"port {scan.Port} accepts {cipher.Name} with a {cipher.KeyExchangeBits}-bit DH group, under {minimum}");
        }
    }
}
