using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mibc.Tests.Deploy;

namespace Mibc.Tests.EndToEnd;

/// <summary>One finding of testssl.sh's flat JSON output, such as <c>TLS1_1</c> with "not offered".</summary>
internal sealed record TestSslFinding(string Id, string Severity, string Finding);

/// <summary>A cipher suite a listener accepted, read from a <c>cipher-*</c> finding of testssl.sh's <c>-E</c> check.</summary>
/// <param name="Protocol">The protocol version, as testssl.sh prints it: <c>TLS 1</c>, <c>TLS 1.2</c>.</param>
/// <param name="Name">The OpenSSL name of the suite.</param>
/// <param name="KeyExchange">The key exchange: <c>ECDH</c>, <c>DH</c>, <c>RSA</c>.</param>
/// <param name="KeyExchangeBits">The size of the (EC)DH group in bits, or null when testssl.sh gives none.</param>
/// <param name="EncryptionBits">The strength of the symmetric cipher in bits.</param>
internal sealed record OfferedCipher(string Protocol, string Name, string KeyExchange, int? KeyExchangeBits, int EncryptionBits);

/// <summary>The findings of one testssl.sh scan of one port.</summary>
internal sealed partial class TestSslReport
{
    private TestSslReport(int port, IReadOnlyList<TestSslFinding> findings, string output)
    {
        Port = port;
        Findings = findings;
        Output = output;
        Ciphers = [.. findings.Where(finding => finding.Id.StartsWith("cipher-", StringComparison.Ordinal)).Select(ParseCipher)];
    }

    public int Port { get; }

    public IReadOnlyList<TestSslFinding> Findings { get; }

    public IReadOnlyList<OfferedCipher> Ciphers { get; }

    /// <summary>What testssl.sh printed, for failure messages.</summary>
    public string Output { get; }

    /// <summary>
    /// Scans one port with testssl.sh: protocols (<c>-p</c>), ciphers per protocol (<c>-E</c>), forward secrecy with the
    /// DH groups (<c>-f</c>), and with <paramref name="headers"/> the HTTP headers (<c>-h</c>).
    /// </summary>
    /// <param name="hostName">The box's host name, sent as SNI and Host; testssl.sh connects to 127.0.0.1 without DNS.</param>
    /// <param name="port">The port.</param>
    /// <param name="startTls">The STARTTLS protocol, such as <c>smtp</c>, or null for implicit TLS.</param>
    /// <param name="headers">Whether to fetch the HTTP headers.</param>
    /// <param name="directory">A directory for the JSON file.</param>
    public static async Task<TestSslReport> ScanAsync(string hostName, int port, string? startTls, bool headers, string directory)
    {
        var jsonFile = Path.Combine(directory, $"testssl-{port}.json");
        List<string> arguments =
        [
            "--quiet", "--color", "0", "--warnings", "off", "--nodns", "none",
            "--connect-timeout", "10", "--openssl-timeout", "10",
            "--ip", "127.0.0.1", "--jsonfile", jsonFile, "-p", "-E", "-f",
        ];
        if (headers)
        {
            arguments.Add("-h");
        }

        if (startTls is not null)
        {
            arguments.AddRange(["--starttls", startTls]);
        }

        arguments.Add($"{hostName}:{port}");

        // NOTE: a scan of port 25, with its many suites, took about 45 seconds on the 2-core test machine. The limit leaves room for a busy one.
        var result = await Task.Run(() => ProcessRunner.Run("testssl", arguments, TimeSpan.FromMinutes(5)));
        Assert.True(File.Exists(jsonFile), $"testssl wrote no {jsonFile} (exit code {result.ExitCode}):\n{result.All}");

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(jsonFile));
        var findings = json.RootElement.EnumerateArray()
            .Select(item => new TestSslFinding(item.GetProperty("id").GetString()!, item.GetProperty("severity").GetString()!, item.GetProperty("finding").GetString()!))
            .ToList();
        return new TestSslReport(port, findings, result.All);
    }

    /// <summary>Returns the finding of an id, failing the test when the scan has none.</summary>
    public string Finding(string id)
    {
        var finding = Findings.FirstOrDefault(candidate => candidate.Id == id);
        Assert.True(finding is not null, $"the scan of port {Port} has no {id} finding:\n{Output}");
        return finding.Finding;
    }

    /// <summary>Whether testssl.sh found a protocol offered (<c>offered</c>, <c>offered with final</c>) or not offered.</summary>
    /// <param name="id">The finding id: <c>SSLv2</c>, <c>SSLv3</c>, <c>TLS1</c>, <c>TLS1_1</c>, <c>TLS1_2</c> or <c>TLS1_3</c>.</param>
    public bool Offers(string id)
    {
        var finding = Finding(id);
        if (finding.StartsWith("not offered", StringComparison.Ordinal))
        {
            return false;
        }

        Assert.True(finding.StartsWith("offered", StringComparison.Ordinal), $"port {Port}, {id}: testssl could not tell whether it is offered: {finding}");
        return true;
    }

    private static OfferedCipher ParseCipher(TestSslFinding finding)
    {
        // Such as "TLS 1.2   x9f   DHE-RSA-AES256-GCM-SHA384   DH 2048   AESGCM   256   TLS_DHE_RSA_WITH_...".
        var match = CipherLine().Match(finding.Finding);
        Assert.True(match.Success, $"unexpected cipher finding {finding.Id}: {finding.Finding}");
        int? keyExchangeBits = match.Groups["kxbits"].Success ? int.Parse(match.Groups["kxbits"].Value, CultureInfo.InvariantCulture) : null;
        return new OfferedCipher(
            match.Groups["protocol"].Value,
            match.Groups["name"].Value,
            match.Groups["kx"].Value,
            keyExchangeBits,
            int.Parse(match.Groups["bits"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(?<protocol>SSLv2|SSLv3|TLS 1(?:\.[123])?)\s+x[0-9a-f]+\s+(?<name>\S+)\s+(?<kx>[A-Za-z/]+)(?:\s+(?<kxbits>\d+))?\s+(?<cipher>\S+)\s+(?<bits>\d+)")]
    private static partial Regex CipherLine();
}
