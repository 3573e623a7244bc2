using Mibc.Compiler.Pipeline;
using Mibc.Compiler.Policies;
using Mibc.Language.Diagnostics;

namespace Mibc.Tests.Policies;

/// <summary>A temporary directory with a box.mib, policy packs and a policy cache of its own.</summary>
internal sealed class PolicyWorkspace : IDisposable
{
    /// <summary>A box that passes the baseline; {0} goes into the policy block, {1} is password_login, {2} the admin's hash.</summary>
    public const string BoxTemplate = """
        box "mail.example.org" {{
          ipv4  = 203.0.113.10
          admin = "admin@example.org"
          ssh {{ password_login = {1} }}
        }}

        domain "example.org" {{
          dmarc {{ policy = reject }}
        }}

        user "admin@example.org" {{
          password = "{2}"
          quota    = 1GB
          role     = admin
        }}

        policy {{
        {0}
        }}
        """;

    public const string StrongHash = "{SHA512-CRYPT}$6$7sZLqWbHPm5ykwvV$Q0u8LxzB2Uu8fL6H4v3pS7p7Hn5yMZqwl0Xb8JcS2m0oRr2dQ9yE1nW3vK4tF6gH8jL0aS2dF4gH6jK8lZ0xC1";

    // Tests that do not test the cache share one per test run, so the baseline compiles once instead of per test.
    private static readonly string SharedCache = Path.Combine(Path.GetTempPath(), "mibc-policy-tests", "shared-cache");

    /// <summary>Creates the workspace; <paramref name="ownCache"/> gives it an empty cache of its own.</summary>
    public PolicyWorkspace(bool ownCache = false)
    {
        Root = Path.Combine(Path.GetTempPath(), "mibc-policy-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        CacheDirectory = ownCache ? Path.Combine(Root, "cache") : SharedCache;
    }

    public string Root { get; }

    public string CacheDirectory { get; }

    public string BoxPath => Path.Combine(Root, "box.mib");

    /// <summary>Writes box.mib from <see cref="BoxTemplate"/>.</summary>
    public string WriteBox(string policy = "", bool passwordLogin = false, string hash = StrongHash)
    {
        File.WriteAllText(BoxPath, string.Format(System.Globalization.CultureInfo.InvariantCulture, BoxTemplate, policy, passwordLogin ? "true" : "false", hash));
        return BoxPath;
    }

    /// <summary>Writes a file under the workspace, creating its directory.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public PolicyHost CreateHost(PolicyLimits? limits = null, params string[] extraPacks) =>
        new(new PolicyHostOptions(extraPacks, CacheDirectory, limits ?? PolicyLimits.Default));

    /// <summary>Checks box.mib with the policy host and returns every diagnostic.</summary>
    public IReadOnlyList<Diagnostic> Check(PolicyLimits? limits = null, params string[] extraPacks)
    {
        var compiler = new BoxCompiler(new CompilationOptions(), [CreateHost(limits, extraPacks)]);
        return compiler.Check(BoxPath).Diagnostics;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A rule thread abandoned after its timeout may still hold nothing here; a leftover temp directory is harmless.
        }
    }
}
