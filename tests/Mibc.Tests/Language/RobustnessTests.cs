using System.Text;
using Mibc.Language.Parsing;
using Mibc.Language.Semantics;
using Mibc.Tests.Support;

namespace Mibc.Tests.Language;

/// <summary>Hostile and odd inputs: each gives diagnostics or a clean result, never an exception, and no bundle.</summary>
public sealed class RobustnessTests
{
    private const string MinimalBox = """
        box "mail.example.org" {
          ipv4  = 203.0.113.10
          admin = "admin@example.org"
        }
        domain "example.org" { }
        user "admin@example.org" {
          password = "{SHA512-CRYPT}$6$abcdefgh$0123456789"
          role = admin
        }
        """;

    [Fact]
    public void EmptyFile_ReportsMissingBox()
    {
        var result = Compilers.CheckText(string.Empty);

        Assert.Equal("MIB1009", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(MinimalBox)).ToArray();

        var result = BoxChecker.Check(MibParser.ParseBytes("box.mib", bytes));

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void CrlfLineEnds_GiveSamePositions()
    {
        var text = MinimalBox.Replace("ipv4  = 203.0.113.10", "ipv4  = 999.0.113.10");

        var lf = Compilers.CheckText(text.ReplaceLineEndings("\n"));
        var crlf = Compilers.CheckText(text.ReplaceLineEndings("\r\n"));
        var cr = Compilers.CheckText(text.ReplaceLineEndings("\r"));

        Assert.Equal(lf.Diagnostics.Select(d => (d.Code, d.Location.StartLine, d.Location.StartColumn)),
            crlf.Diagnostics.Select(d => (d.Code, d.Location.StartLine, d.Location.StartColumn)));
        Assert.Equal(lf.Diagnostics.Select(d => (d.Code, d.Location.StartLine, d.Location.StartColumn)),
            cr.Diagnostics.Select(d => (d.Code, d.Location.StartLine, d.Location.StartColumn)));
        Assert.Equal(2, Assert.Single(crlf.Diagnostics).Location.StartLine);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void RandomBytes_GiveDiagnostics(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[4096];
        random.NextBytes(bytes);

        var result = BoxChecker.Check(MibParser.ParseBytes("garbage.mib", bytes));

        Assert.True(result.HasErrors);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void RandomGrammarSoup_NeverThrows(int seed)
    {
        string[] pieces = ["box", "domain", "user", "alias", "policy", "tls", "{", "}", "[", "]", "=", "->", ",", "\"x@example.org\"", "\"", "#c\n", "\n", "10GB", "::1", "\\", "record", "A", "true", " "];
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            text.Append(pieces[random.Next(pieces.Length)]).Append(' ');
        }

        var result = Compilers.CheckText(text.ToString());

        Assert.True(result.HasErrors);
    }

    [Fact]
    public void InvalidUtf8_ReportsByteAndOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("box \"a\" {\n  ipv4 = ").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var result = BoxChecker.Check(MibParser.ParseBytes("bad.mib", bytes));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("MIB0006", diagnostic.Code);
        Assert.Contains("0xC3", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Location.StartLine);
    }

    [Fact]
    public void DeepNesting_IsErrorNotStackOverflow()
    {
        var text = string.Concat(Enumerable.Repeat("a { ", 100_000)) + string.Concat(Enumerable.Repeat("} ", 100_000));

        var result = Compilers.CheckText(text);

        Assert.Contains(result.Diagnostics, d => d.Code == "MIB0005");
    }

    [Fact]
    public void DeepListNesting_IsErrorNotStackOverflow()
    {
        var text = "box \"a.example\" { ipv4 = " + new string('[', 100_000) + new string(']', 100_000) + " }";

        var result = Compilers.CheckText(text);

        Assert.Contains(result.Diagnostics, d => d.Code == "MIB0005");
    }

    [Fact]
    public void MegabyteLine_IsReadAndMessageStaysShort()
    {
        var text = MinimalBox + "\ndomain \"" + new string('a', 1_000_000) + ".example\" { }\n";

        var result = Compilers.CheckText(text);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("MIB1019", diagnostic.Code);
        Assert.True(diagnostic.Message.Length < 300, "The message should quote a shortened value.");
        Assert.True(Compilers.Render(result).Length < 1000, "The printed source excerpt should be cut.");
    }

    [Fact]
    public void FiftyThousandLines_CheckCleanly()
    {
        var text = new StringBuilder(MinimalBox).AppendLine();
        for (var i = 0; i < 12_500; i++)
        {
            text.AppendLine($"user \"user{i}@example.org\" {{")
                .AppendLine("  password = \"{SHA512-CRYPT}$6$abcdefgh$0123456789\"")
                .AppendLine("  quota = 1GB")
                .AppendLine("}");
        }

        var result = Compilers.CheckText(text.ToString());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(12_501, result.Check.Model!.Users.Length);
    }

    [Fact]
    public void OversizedFile_IsRejected()
    {
        var bytes = new byte[MibParser.MaxFileBytes + 1];

        var result = BoxChecker.Check(MibParser.ParseBytes("huge.mib", bytes));

        Assert.Equal("MIB0008", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("box \"mail.example.org\" {\n  ipv4 = 203.0.113.10\n  admin = \"admin@example.org")]
    [InlineData("box \"mail.example.org\" {\n  ipv4 = 203.0.113.10\n")]
    [InlineData("box \"mail.example.org\" { ipv4 = [1, 2,")]
    [InlineData("}}}}")]
    [InlineData("\0\0\0")]
    [InlineData("user \"a@b.example\" { quota = \"ten\" quota = 10GB quota = 1 }")]
    public void BadInput_WritesNoBundle(string text)
    {
        using var directory = new TempDirectory();
        var input = directory.WriteFile("box.mib", text);
        var output = directory.Combine("out");

        var result = Compilers.Create().Build(input, output);

        Assert.True(result.HasErrors);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void FailedBuild_KeepsEarlierBundle()
    {
        using var directory = new TempDirectory();
        var input = directory.WriteFile("box.mib", MinimalBox);
        var output = directory.Combine("out");
        Compilers.Create().Build(input, output);
        var manifest = File.ReadAllText(Path.Combine(output, "manifest.json"));

        File.WriteAllText(input, MinimalBox.Replace("203.0.113.10", "203.0.113"));
        var result = Compilers.Create().Build(input, output);

        Assert.True(result.HasErrors);
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(output, "manifest.json")));
    }

    [Fact]
    public void Build_RefusesForeignDirectory()
    {
        using var directory = new TempDirectory();
        var input = directory.WriteFile("box.mib", MinimalBox);
        var precious = directory.WriteFile("etc/passwd", "root:x:0:0\n");

        Assert.Throws<IOException>(() => Compilers.Create().Build(input, directory.Combine("etc")));
        Assert.True(File.Exists(precious));
    }

    [Fact]
    public void ManyErrors_AreCapped()
    {
        var text = "box \"mail.example.org\" { " + string.Concat(Enumerable.Repeat("nokey = 1 ", 3000)) + "}";

        var diagnostics = Compilers.CheckText(text).Diagnostics;

        Assert.Equal(BoxChecker.MaxDiagnostics + 1, diagnostics.Length);
        Assert.Equal("MIB0009", diagnostics[^1].Code);
    }

    [Fact]
    public void ManyErrorsOnOneLine_PrintShortExcerpts()
    {
        var text = "box \"mail.example.org\" { " + string.Concat(Enumerable.Repeat("nokey = 1 ", 3000)) + "}";

        var rendered = Compilers.Render(Compilers.CheckText(text));

        Assert.True(rendered.Length < 400 * (BoxChecker.MaxDiagnostics + 1), "Each excerpt should be cut to a window around its span.");
    }

    [Fact]
    public void DirectoryAsInput_IsClearIoError()
    {
        using var directory = new TempDirectory();

        var error = Assert.Throws<IOException>(() => BoxChecker.CheckFile(directory.Path));

        Assert.Contains("is a directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamedPipe_DoesNotBlock()
    {
        using var directory = new TempDirectory();
        var pipe = directory.Combine("box.mib");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
        }

        var error = Assert.Throws<IOException>(() => BoxChecker.CheckFile(pipe));

        Assert.Contains("named pipe", error.Message, StringComparison.Ordinal);
        using var writer = new FileStream(pipe, FileMode.Open, FileAccess.Write);
    }

    [Fact]
    public void Build_RefusesForeignManifest()
    {
        using var directory = new TempDirectory();
        var input = directory.WriteFile("box.mib", MinimalBox);
        directory.WriteFile("app/manifest.json", "{\"name\":\"PWA\"}");
        var page = directory.WriteFile("app/index.html", "<html></html>");

        Assert.Throws<IOException>(() => Compilers.Create().Build(input, directory.Combine("app")));
        Assert.True(File.Exists(page));
    }

    [Fact]
    public void Build_FollowsSymbolicLink()
    {
        using var directory = new TempDirectory();
        var input = directory.WriteFile("box.mib", MinimalBox);
        var real = directory.Combine("real");
        Directory.CreateDirectory(real);
        var link = directory.Combine("link");
        Directory.CreateSymbolicLink(link, real);

        Compilers.Create().Build(input, link);

        Assert.NotNull(new DirectoryInfo(link).LinkTarget);
        Assert.True(File.Exists(Path.Combine(real, "manifest.json")));
    }

    [Fact]
    public void Build_MakesPrivateDirectoryAndKeepsMode()
    {
        using var directory = new TempDirectory();
        var input = directory.WriteFile("box.mib", MinimalBox);
        var output = directory.Combine("out");

        Compilers.Create().Build(input, output);
        var first = File.GetUnixFileMode(output);
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        Compilers.Create().Build(input, output);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, first);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute, File.GetUnixFileMode(output));
    }

    [Fact]
    public void PasswordExcerpt_IsNotPrinted()
    {
        var result = Compilers.CheckText(MinimalBox.Replace("{SHA512-CRYPT}$6$abcdefgh$0123456789", "hunter2", StringComparison.Ordinal));

        var rendered = Compilers.Render(result);

        Assert.Contains("MIB1023", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", rendered, StringComparison.Ordinal);
    }
}
