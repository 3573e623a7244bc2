using Mibc.Tests.Support;
using System.Text;
using System.Text.Json;

namespace Mibc.Tests.Dns;

/// <summary><c>mibc dns</c> prints the records for an external provider, with long TXT values split.</summary>
public sealed class DnsCommandTests
{
    private static readonly string Mibc = Path.Combine(AppContext.BaseDirectory, "mibc.dll");

    [Fact]
    public void Json_ListsRecordsWithoutProviderManagedOnes()
    {
        using var box = DnsTestBox.FromSample("samples/dns.mib");

        var result = DnsTestBox.Run("dotnet", [Mibc, "dns", box.BoxPath, "--format", "json"]);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var zones = json.RootElement.GetProperty("zones").EnumerateArray().ToDictionary(zone => zone.GetProperty("zone").GetString()!);
        Assert.Equal(["example.com", "lists.example.com", "xn--bcher-kva.example"], zones.Keys.Order());

        var records = zones["example.com"].GetProperty("records").EnumerateArray().ToList();
        Assert.DoesNotContain(records, record => record.GetProperty("type").GetString() is "NS" or "DS" && record.GetProperty("name").GetString() is "example.com." or "lists.example.com.");
        Assert.Contains(records, record => record.GetProperty("type").GetString() == "NS" && record.GetProperty("name").GetString() == "lab.example.com.");

        var dkim = records.Single(record => record.GetProperty("name").GetString() == "mail2025._domainkey.example.com.");
        var text = dkim.GetProperty("text").GetString()!;
        var strings = dkim.GetProperty("value").GetString()!.Split("\" \"");
        Assert.StartsWith("v=DKIM1; k=rsa; p=", text, StringComparison.Ordinal);
        Assert.Equal(2, strings.Length);
        Assert.All(strings, part => Assert.True(Encoding.UTF8.GetByteCount(part.Trim('"')) <= 255));
        Assert.Equal(text, string.Concat(strings.Select(part => part.Trim('"'))));
        Assert.True(File.Exists(Path.Combine(box.KeysPath, "dkim", "example.com", "mail2025.private")), "mibc dns made no DKIM key");
    }

    [Fact]
    public void Text_PrintsOneRecordPerLine()
    {
        using var box = DnsTestBox.FromSample("samples/box.mib");

        var result = DnsTestBox.Run("dotnet", [Mibc, "dns", box.BoxPath]);

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n');
        Assert.Contains(lines, line => line.StartsWith("_dmarc.example.org.", StringComparison.Ordinal) && line.Contains("3600 IN TXT    \"v=DMARC1; p=quarantine; rua=mailto:dmarc@example.org\"", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("example.net.", StringComparison.Ordinal) && line.EndsWith("IN MX     10 mail.example.org.", StringComparison.Ordinal));
    }

    [Fact]
    public void BadRecord_FailsWithDiagnosticAndNoRecords()
    {
        using var box = DnsTestBox.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests/Mibc.Tests/Baselines/dns-mx-to-address.mib")));

        var result = DnsTestBox.Run("dotnet", [Mibc, "dns", box.BoxPath]);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("error MIB3105", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(box.KeysPath));
    }
}
