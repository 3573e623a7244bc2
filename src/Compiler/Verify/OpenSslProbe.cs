using System.Diagnostics;
using System.Text.RegularExpressions;
using Mibc.Language.Tls;

namespace Mibc.Compiler.Verify;

/// <summary>
/// Tries TLS handshakes with <c>openssl s_client</c>, which, unlike .NET, can offer old protocols and chosen ciphers.
/// </summary>
internal static partial class OpenSslProbe
{
    /// <summary>The outcome of one handshake attempt.</summary>
    public sealed record Handshake(bool Established, string? Protocol, string? Cipher, string Output);

    /// <summary>Tries a handshake limited to one protocol version and, optionally, a cipher string.</summary>
    /// <param name="endpoint">Where to connect.</param>
    /// <param name="startTls">The s_client <c>-starttls</c> protocol (smtp, imap, pop3), or null for implicit TLS.</param>
    /// <param name="protocol">The only version to offer.</param>
    /// <param name="cipherString">The TLS 1.2-and-older ciphers to offer, or null for all the local OpenSSL has.</param>
    /// <param name="cancellation">Stops the attempt; the process is killed.</param>
    public static async Task<Handshake> TryAsync(
        VerifyEndpoint endpoint, string? startTls, TlsProtocol protocol, string? cipherString, CancellationToken cancellation)
    {
        // A plain connection first, so a closed port fails the check instead of passing as a "refused" protocol.
        using (var client = new System.Net.Sockets.TcpClient())
        {
            await client.ConnectAsync(endpoint.Address, endpoint.Port, cancellation);
        }

        var start = new ProcessStartInfo("openssl")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments(endpoint, startTls, protocol, cipherString))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new IOException("openssl could not be started; install it to verify TLS");
        try
        {
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync(cancellation);
            var error = process.StandardError.ReadToEndAsync(cancellation);
            await process.WaitForExitAsync(cancellation);
            var text = await output + await error;
            var version = ProtocolLine().Match(text);
            var cipher = CipherLine().Match(text);
            var established = process.ExitCode == 0 && version.Success;
            return new Handshake(established, version.Success ? version.Groups[1].Value : null, cipher.Success ? cipher.Groups[1].Value : null, text);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Whether the local OpenSSL can offer a protocol at all; 3.0 builds have no SSLv2 or SSLv3.</summary>
    public static bool CanOffer(TlsProtocol protocol) => protocol >= TlsProtocol.TLSv1;

    private static IEnumerable<string> Arguments(VerifyEndpoint endpoint, string? startTls, TlsProtocol protocol, string? cipherString)
    {
        yield return "s_client";
        yield return "-connect";
        yield return endpoint.ToString();
        yield return "-servername";
        yield return endpoint.ServerName;
        yield return "-brief";
        if (startTls is not null)
        {
            yield return "-starttls";
            yield return startTls;
        }

        yield return protocol switch
        {
            TlsProtocol.TLSv1 => "-tls1",
            TlsProtocol.TLSv1_1 => "-tls1_1",
            TlsProtocol.TLSv1_2 => "-tls1_2",
            TlsProtocol.TLSv1_3 => "-tls1_3",
            _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "The local OpenSSL cannot offer this protocol."),
        };

        // NOTE: security level 0 lets the client offer what its defaults hide (TLS 1.0, SHA-1 and short keys),
        // so a refusal proves the server rejects them, not that the client never asked.
        yield return "-cipher";
        yield return (cipherString ?? "ALL:COMPLEMENTOFALL") + ":@SECLEVEL=0";
    }

    [GeneratedRegex(@"Protocol version: (\S+)")]
    private static partial Regex ProtocolLine();

    [GeneratedRegex(@"Ciphersuite: (\S+)")]
    private static partial Regex CipherLine();
}
