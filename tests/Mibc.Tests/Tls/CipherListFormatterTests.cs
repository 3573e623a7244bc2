using System.Text.Json;
using Mibc.Language.Tls;

namespace Mibc.Tests.Tls;

public sealed class CipherListFormatterTests
{
    private static string WriteText(CipherStringExpansion expansion)
    {
        using var writer = new StringWriter();
        new CipherListFormatter(writer).WriteText(expansion);
        return writer.ToString();
    }

    private static JsonElement WriteJson(CipherStringExpansion expansion)
    {
        using var writer = new StringWriter();
        new CipherListFormatter(writer).WriteJson(expansion);
        return JsonDocument.Parse(writer.ToString()).RootElement;
    }

    [Fact]
    public void TextLinesStartWithDescription()
    {
        var expansion = CipherStringEvaluator.Evaluate("HIGH", OpenSslVersion.V3_0);

        var lines = WriteText(expansion).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(expansion.Suites.Length, lines.Length);
        Assert.All(lines.Zip(expansion.Suites), pair =>
            Assert.StartsWith(CipherSuiteDescription.Describe(pair.Second, OpenSslVersion.V3_0), pair.First));
    }

    [Fact]
    public void TextMarksExportSuite()
    {
        var expansion = CipherStringEvaluator.Evaluate("EXP-RC4-MD5", OpenSslVersion.V1_0_1);

        var line = WriteText(expansion).TrimEnd();

        Assert.EndsWith("weak: export, RC4, under 112 bits", line);
    }

    [Fact]
    public void TextMarksTripleDes()
    {
        var expansion = CipherStringEvaluator.Evaluate("DES-CBC3-SHA", OpenSslVersion.V1_0_1);

        Assert.EndsWith("weak: 3DES/Sweet32, under 128 bits", WriteText(expansion).TrimEnd());
    }

    [Fact]
    public void TextLeavesStrongSuiteUnmarked()
    {
        var expansion = CipherStringEvaluator.Evaluate("ECDHE-RSA-AES128-GCM-SHA256", OpenSslVersion.V3_0);

        Assert.DoesNotContain("weak:", WriteText(expansion));
    }

    [Fact]
    public void TextListsDiagnostics()
    {
        var expansion = CipherStringEvaluator.Evaluate("HIGH:FOO", OpenSslVersion.V3_0);

        Assert.Contains("error: at offset 5: no cipher matches 'FOO'", WriteText(expansion));
    }

    [Fact]
    public void Description101ShowsExportKeySizes()
    {
        var suite = CipherStringEvaluator.Evaluate("EXP-EDH-RSA-DES-CBC-SHA", OpenSslVersion.V1_0_1).Suites.Single();

        var line = CipherSuiteDescription.Describe(suite, OpenSslVersion.V1_0_1);

        Assert.Contains("Kx=DH(512)", line);
        Assert.Contains("Enc=DES(40)", line);
        Assert.EndsWith(" export", line);
    }

    [Fact]
    public void JsonListsSuitesWithWeaknesses()
    {
        var expansion = CipherStringEvaluator.Evaluate("ADH-AES128-SHA:AES128-SHA", OpenSslVersion.V3_0);

        var json = WriteJson(expansion);

        var suites = json.GetProperty("suites").EnumerateArray().ToList();
        Assert.Equal("3.0", json.GetProperty("openssl").GetString());
        Assert.Equal(["ADH-AES128-SHA", "AES128-SHA"], suites.Select(suite => suite.GetProperty("name").GetString()));
        Assert.Equal("TLS_DH_anon_WITH_AES_128_CBC_SHA", suites[0].GetProperty("iana").GetString());
        Assert.Equal("0x00,0x34", suites[0].GetProperty("id").GetString());
        Assert.Equal(["anonymous"], suites[0].GetProperty("weak").EnumerateArray().Select(label => label.GetString()));
        Assert.Empty(suites[1].GetProperty("weak").EnumerateArray());
    }

    [Fact]
    public void JsonListsDiagnostics()
    {
        var expansion = CipherStringEvaluator.Evaluate("HIGH/MEDIUM", OpenSslVersion.V3_0);

        var diagnostic = WriteJson(expansion).GetProperty("diagnostics").EnumerateArray().Single();

        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("InvalidCommand", diagnostic.GetProperty("kind").GetString());
        Assert.Equal(4, diagnostic.GetProperty("offset").GetInt32());
        Assert.Equal(1, diagnostic.GetProperty("length").GetInt32());
    }

    [Fact]
    public void JsonRecordsSecurityLevel()
    {
        var expansion = CipherStringEvaluator.Evaluate("HIGH:@SECLEVEL=3", OpenSslVersion.V3_0);

        Assert.Equal(3, WriteJson(expansion).GetProperty("securityLevel").GetInt32());
    }
}
