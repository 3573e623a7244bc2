using Mibc.Language.Model;
using Mibc.Language.Semantics;
using Mibc.Language.Text;

namespace Mibc.Tests.Tls;

/// <summary>Checks small box.mib texts that differ only in their policy block.</summary>
internal static class TlsBoxes
{
    /// <summary>The line of the policy block's first inner line, where <see cref="Text"/> puts its argument.</summary>
    public const int PolicyLine = 13;

    /// <summary>Returns a clean box whose policy block holds <paramref name="policy"/>, starting at line <see cref="PolicyLine"/>.</summary>
    public static string Text(string policy) => $$"""
        box "mail.example.org" {
          ipv4  = 203.0.113.10
          os    = debian_12
          admin = "admin@example.org"
        }
        domain "example.org" { }
        user "admin@example.org" {
          password = "{SHA512-CRYPT}$6$7sZLqWbHPm5ykwvV$Q0u8LxzB2Uu8fL6H4v3pS7p7Hn5yMZqwl0Xb8JcS2m0oRr2dQ9yE1nW3vK4tF6gH8jL0aS2dF4gH6jK8lZ0xC1"
          role     = admin
        }

        policy {
        {{policy}}
        }
        """;

    /// <summary>Checks the box with syntax, name, type and TLS checks, without policies.</summary>
    public static CheckResult Check(string policy) => BoxChecker.Check(new SourceText("box.mib", Text(policy)));

    /// <summary>Returns the model of a box that must check without errors.</summary>
    public static BoxModel Model(string policy)
    {
        var result = Check(policy);
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.IsError);
        return result.Model!;
    }
}
