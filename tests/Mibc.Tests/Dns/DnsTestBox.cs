using System.Diagnostics;
using Mibc.Compiler.Pipeline;
using Mibc.Tests.Support;

namespace Mibc.Tests.Dns;

/// <summary>A box.mib in a temporary directory of its own, so its key store never lands in the repository.</summary>
internal sealed class DnsTestBox : IDisposable
{
    private DnsTestBox(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    public string BoxPath => Path.Combine(Directory, "box.mib");

    public string BundlePath => Path.Combine(Directory, "bundle");

    public string KeysPath => Path.Combine(Directory, "keys");

    /// <summary>Returns a box.mib with one domain, example.org, whose block holds <paramref name="domainBody"/> on line 6.</summary>
    public static string SingleDomain(string domainBody) => $$"""
        box "mail.example.org" {
          ipv4  = 203.0.113.10
          admin = "admin@example.org"
        }
        domain "example.org" {
          {{domainBody}}
        }
        user "admin@example.org" {
          password = "{SHA512-CRYPT}$6$7sZLqWbHPm5ykwvV$Q0u8LxzB2Uu8fL6H4v3pS7p7Hn5yMZqwl0Xb8JcS2m0oRr2dQ9yE1nW3vK4tF6gH8jL0aS2dF4gH6jK8lZ0xC1"
          role     = admin
        }
        """;

    public static DnsTestBox FromText(string text)
    {
        var directory = Path.Combine(Path.GetTempPath(), "mibc-dns-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "box.mib"), text);
        return new DnsTestBox(directory);
    }

    public static DnsTestBox FromSample(string relativePath) =>
        FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath)));

    public CompilationResult Build() => Compilers.Create().Build(BoxPath, BundlePath);

    /// <summary>Builds and fails the test with the diagnostics when the build has errors.</summary>
    public CompilationResult BuildClean()
    {
        var result = Build();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(Mibc.Language.Diagnostics.DiagnosticFormatter.FormatLine)));
        return result;
    }

    /// <summary>Returns the path of a file of the bundle by its target path on the host.</summary>
    public string BundleFile(string targetPath) => Path.Combine(BundlePath, "files" + targetPath);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary directory does not change any result.
        }
    }

    /// <summary>Runs a program to its end, at most <paramref name="timeoutSeconds"/> seconds, and returns its exit code and output.</summary>
    public static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, int timeoutSeconds = 60)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} ran longer than {timeoutSeconds} s.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
