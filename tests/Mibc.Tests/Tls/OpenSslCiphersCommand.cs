using System.Diagnostics;
using System.Text;

namespace Mibc.Tests.Tls;

/// <summary>
/// Runs the real <c>openssl ciphers</c> for many cipher strings at once: a
/// shell loop per worker reads the strings from a file, so a batch costs
/// two process starts instead of one per string.
/// </summary>
internal static class OpenSslCiphersCommand
{
    /// <summary>Most workers at once; the test machines have two cores.</summary>
    private const int Workers = 2;

    /// <summary>Upper bound for one whole batch; a hung worker is killed.</summary>
    private static readonly TimeSpan BatchTimeout = TimeSpan.FromSeconds(40);

    // Each openssl call gets its own 5-second limit from timeout(1). "--"
    // keeps strings that start with '-' from being read as options. In
    // "suites" mode each line is a TLS 1.3 ciphersuites value, listed
    // ahead of the one TLS 1.2 suite AES128-SHA.
    private const string Loop = """
        file="$1"; mode="$2"; shift 2
        while IFS= read -r line; do
          printf '### begin\n'
          if [ "$mode" = suites ]; then
            timeout 5 openssl ciphers "$@" -ciphersuites "$line" -- AES128-SHA 2>/dev/null
          else
            timeout 5 openssl ciphers "$@" -- "$line" 2>/dev/null
          fi
          printf '### end %d\n' "$?"
        done < "$file"
        """;

    /// <summary>The output of one openssl call: its stdout lines, or failure.</summary>
    public sealed record Outcome(bool Succeeded, IReadOnlyList<string> Lines);

    /// <summary>Returns the version line of the openssl on PATH, such as "OpenSSL 3.0.19 27 Jan 2026".</summary>
    public static string Version()
    {
        var outcome = Run(["version"], TimeSpan.FromSeconds(10));
        return outcome.Trim();
    }

    /// <summary>
    /// Runs <c>openssl ciphers OPTIONS -- STRING</c> for every string, in
    /// the order given. Strings must not contain line breaks.
    /// </summary>
    public static IReadOnlyList<Outcome> Run(IReadOnlyList<string> cipherStrings, IReadOnlyList<string> options) =>
        RunBatch(cipherStrings, "ciphers", options);

    /// <summary>
    /// Runs <c>openssl ciphers OPTIONS -ciphersuites VALUE -- AES128-SHA</c>
    /// for every TLS 1.3 ciphersuites value, in the order given.
    /// </summary>
    public static IReadOnlyList<Outcome> RunCipherSuites(IReadOnlyList<string> values, IReadOnlyList<string> options) =>
        RunBatch(values, "suites", options);

    private static IReadOnlyList<Outcome> RunBatch(IReadOnlyList<string> cipherStrings, string mode, IReadOnlyList<string> options)
    {
        if (cipherStrings.Any(text => text.Contains('\n') || text.Contains('\r')))
        {
            throw new ArgumentException("cipher strings for the batch must not contain line breaks", nameof(cipherStrings));
        }

        var chunkSize = (cipherStrings.Count + Workers - 1) / Workers;
        var chunks = cipherStrings.Chunk(Math.Max(chunkSize, 1)).ToList();
        var outputs = new string[chunks.Count];
        Parallel.For(0, chunks.Count, new ParallelOptions { MaxDegreeOfParallelism = Workers }, index =>
        {
            var file = Path.GetTempFileName();
            try
            {
                File.WriteAllLines(file, chunks[index], new UTF8Encoding(false));
                outputs[index] = Run(["bash", "-c", Loop, "bash", file, mode, .. options], BatchTimeout, viaShell: true);
            }
            finally
            {
                File.Delete(file);
            }
        });

        var outcomes = outputs.SelectMany(Parse).ToList();
        if (outcomes.Count != cipherStrings.Count)
        {
            throw new InvalidOperationException(
                $"openssl batch returned {outcomes.Count} results for {cipherStrings.Count} cipher strings");
        }

        return outcomes;
    }

    private static IEnumerable<Outcome> Parse(string output)
    {
        List<string>? lines = null;
        foreach (var line in output.Split('\n'))
        {
            if (line == "### begin")
            {
                lines = [];
            }
            else if (line.StartsWith("### end ", StringComparison.Ordinal) && lines is not null)
            {
                yield return new Outcome(line == "### end 0", lines);
                lines = null;
            }
            else if (lines is not null && line.Length > 0)
            {
                lines.Add(line);
            }
        }
    }

    private static string Run(IReadOnlyList<string> arguments, TimeSpan timeout, bool viaShell = false)
    {
        var start = new ProcessStartInfo(viaShell ? arguments[0] : "openssl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in viaShell ? arguments.Skip(1) : arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{start.FileName} did not finish within {timeout.TotalSeconds} s");
        }

        errors.Wait(timeout);
        return output.Wait(timeout)
            ? output.Result
            : throw new TimeoutException($"output of {start.FileName} did not close within {timeout.TotalSeconds} s");
    }
}
