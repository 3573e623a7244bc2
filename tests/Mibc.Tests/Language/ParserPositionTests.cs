using Mibc.Tests.Support;

namespace Mibc.Tests.Language;

/// <summary>Each error points at the offending token, never at the start of the enclosing block.</summary>
public sealed class ParserPositionTests
{
    [Theory]
    [InlineData("policy {\n  tls {\n    dh_bits = = 2048\n  }\n}", "MIB0001", 3, 15)]
    [InlineData("policy {\n  imap tls_only\n}", "MIB0001", 2, 8)]
    [InlineData("policy {\n  protocols = [tls1_2 tls1_3]\n}", "MIB0001", 2, 23)]
    [InlineData("box \"mail.example.org\" {\n  admin = \"admin@example.org\n}", "MIB0002", 2, 11)]
    [InlineData("box \"mail.example.org\" {\n  admin = \"a\\qb\"\n}", "MIB0004", 2, 13)]
    [InlineData("box \"mail.example.org\" {\n  ipv4 = 203.0.113.10\n", "MIB0003", 1, 1)]
    [InlineData("box \"mail.example.org\" {\n  ipv4 = 203.0.113.10 \u0001\n}", "MIB0007", 2, 23)]
    public void SyntaxError_PointsAtToken(string text, string code, int line, int column)
    {
        var diagnostic = Compilers.CheckText(text).Diagnostics.First(d => d.Code.StartsWith("MIB0", StringComparison.Ordinal));

        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(line, diagnostic.Location.StartLine);
        Assert.Equal(column, diagnostic.Location.StartColumn);
    }

    [Fact]
    public void UnexpectedToken_SaysWhatWasExpected()
    {
        var diagnostic = Compilers.CheckText("policy {\n  imap tls_only\n}").Diagnostics.First(d => d.Code == "MIB0001");

        Assert.Equal("unexpected 'tls_only', expected '=', '{' or a name in quotes", diagnostic.Message);
    }

    [Fact]
    public void ThreeUnrelatedMistakes_AreAllReported()
    {
        const string text = """
            box "mail.example.org" {
              ipv4  = 203.0.113.300
              admin = "admin@example.org"
            }
            domain "example.org" {
              dkim { selectr = "mail" }
            }
            user "admin@example.org" {
              password = "{SHA512-CRYPT}$6$abc$def"
              role = admin
              quota = 10XB
            }
            """;

        var diagnostics = Compilers.CheckText(text).Diagnostics;

        Assert.Equal(3, diagnostics.Length);
        Assert.Equal([2, 6, 11], diagnostics.Select(d => d.Location.StartLine));
        Assert.Equal(["MIB1030", "MIB1002", "MIB1004"], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void SyntaxErrorsInTwoBlocks_AreBothReported()
    {
        const string text = "policy {\n  imap = = tls_only\n}\ndomain \"example.org\" {\n  dkim { selector \"x\" }\n}\n";

        var diagnostics = Compilers.CheckText(text).Diagnostics.Where(d => d.Code == "MIB0001").ToList();

        Assert.Equal([2, 5], diagnostics.Select(d => d.Location.StartLine));
    }
}
