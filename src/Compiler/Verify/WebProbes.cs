using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;

namespace Mibc.Compiler.Verify;

/// <summary>Probes for HTTPS, the HTTP redirect, and the TLS certificate.</summary>
internal static partial class WebProbes
{
    /// <summary>Fetches <c>/</c> with the box's host name and returns the status, HSTS max-age and Location.</summary>
    public static async Task<(HttpStatusCode Status, TimeSpan? HstsMaxAge, string? Location)> GetAsync(
        VerifyEndpoint endpoint, bool https, CancellationToken cancellation)
    {
        using var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            ConnectCallback = async (_, token) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    await socket.ConnectAsync(endpoint.Address, endpoint.Port, token);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
            SslOptions = new SslClientAuthenticationOptions
            {
                // The certificate has its own check; a self-signed one is the default and must not stop this one.
                RemoteCertificateValidationCallback = (_, _, _, _) => true,
            },
        };
        using var client = new HttpClient(handler);
        var scheme = https ? "https" : "http";
        using var response = await client.GetAsync($"{scheme}://{endpoint.ServerName}:{endpoint.Port}/", cancellation);

        TimeSpan? maxAge = null;
        if (response.Headers.TryGetValues("Strict-Transport-Security", out var values))
        {
            var match = MaxAge().Match(string.Join(";", values));
            maxAge = match.Success && long.TryParse(match.Groups[1].Value, out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
        }

        return (response.StatusCode, maxAge, response.Headers.Location?.ToString());
    }

    /// <summary>Returns the certificate an implicit-TLS listener presents.</summary>
    public static async Task<X509Certificate2> CertificateAsync(VerifyEndpoint endpoint, CancellationToken cancellation)
    {
        await using var connection = await LineConnection.ConnectAsync(endpoint, implicitTls: true, cancellation);
        return connection.Certificate ?? throw new IOException("the server presented no certificate");
    }

    [GeneratedRegex(@"max-age\s*=\s*""?(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MaxAge();
}
