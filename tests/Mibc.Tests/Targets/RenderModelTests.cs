using Mibc.Language.Semantics;
using Mibc.Language.Text;
using Mibc.Targets.Render;

namespace Mibc.Tests.DaemonTargets;

/// <summary>The render model derives the tables and sites from box.mib as the configs need them.</summary>
public sealed class RenderModelTests
{
    private const string Box = """
        box "example.org" {
          ipv4  = 203.0.113.10
          os    = debian_12
          admin = "admin@example.org"
        }

        domain "example.org" { web_root = "/srv/www/example.org/" }
        domain "example.net" { web_root = "/srv/www/example.net" }

        user "admin@example.org" {
          password = "{SHA512-CRYPT}$6$rounds=5000$saltsalt$hashhashhashhashhashhash"
          role     = admin
        }

        user "bob@example.net" {
          password = "{SHA512-CRYPT}$6$rounds=5000$saltsalt$hashhashhashhashhashhash"
          quota    = 1536MB
        }

        alias "team@example.org"    -> ["admin@example.org", "bob@example.net", "friend@elsewhere.example"]
        alias "outside@example.org" -> "friend@elsewhere.example"
        """;

    private static BoxRenderModel Build()
    {
        var check = BoxChecker.Check(new SourceText("box.mib", Box));
        var (model, diagnostics) = RenderModelBuilder.Build(check.Model!);
        Assert.Empty(diagnostics);
        return model!;
    }

    [Fact]
    public void SenderLogins_GiveAliasesToTheirUsers()
    {
        var logins = Build().SenderLogins.ToDictionary(login => login.Address, login => string.Join(' ', login.Logins));

        Assert.Equal("admin@example.org", logins["admin@example.org"]);
        Assert.Equal("admin@example.org bob@example.net", logins["team@example.org"]);
        Assert.False(logins.ContainsKey("outside@example.org"));
    }

    [Fact]
    public void Quota_KeepsExactSize()
    {
        var bob = Build().Mailboxes.Single(mailbox => mailbox.Address == "bob@example.net");

        Assert.Equal("*:storage=1536M", bob.QuotaRule);
    }

    [Fact]
    public void Sites_GiveEachNameOneServer()
    {
        var sites = Build().Sites;
        var names = sites.SelectMany(site => site.ServerNames).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains("example.org", sites.Single(site => site.IsBox).ServerNames);
        Assert.Equal("/srv/www/example.org", sites.Single(site => site.IsBox).Root);
        Assert.Equal(["example.net", "www.example.net"], sites.Single(site => site.IsStatic && site.Root == "/srv/www/example.net").ServerNames.ToArray());
        Assert.Equal(["www.example.org"], sites.Single(site => site.IsStatic && site.Root == "/srv/www/example.org").ServerNames.ToArray());
    }
}
