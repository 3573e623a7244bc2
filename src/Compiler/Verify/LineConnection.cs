using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Mibc.Compiler.Verify;

/// <summary>
/// A line-based client connection (SMTP, IMAP, POP3) that can switch to TLS, with every read bounded by a token.
/// </summary>
internal sealed class LineConnection : IAsyncDisposable
{
    // NOTE: a server that sends a line longer than this is not speaking a mail protocol, so reading stops.
    private const int MaxLineLength = 8192;

    private readonly TcpClient client;
    private Stream stream;

    private LineConnection(TcpClient client, Stream stream)
    {
        this.client = client;
        this.stream = stream;
    }

    /// <summary>The server's certificate, once TLS is up.</summary>
    public X509Certificate2? Certificate { get; private set; }

    /// <summary>The negotiated protocol, once TLS is up.</summary>
    public System.Security.Authentication.SslProtocols? Protocol { get; private set; }

    public static async Task<LineConnection> ConnectAsync(VerifyEndpoint endpoint, bool implicitTls, CancellationToken cancellation)
    {
        var client = new TcpClient();
        try
        {
            await client.ConnectAsync(endpoint.Address, endpoint.Port, cancellation);
            var connection = new LineConnection(client, client.GetStream());
            if (implicitTls)
            {
                await connection.StartTlsAsync(endpoint.ServerName, cancellation);
            }

            return connection;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async Task StartTlsAsync(string serverName, CancellationToken cancellation)
    {
        var tls = new SslStream(stream, leaveInnerStreamOpen: false);
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = serverName,

            // The certificate is judged by its own check, so the handshake accepts any, self-signed included.
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            {
                Certificate = certificate is null ? null : new X509Certificate2(certificate);
                return true;
            },
        };
        await tls.AuthenticateAsClientAsync(options, cancellation);
        Protocol = tls.SslProtocol;
        stream = tls;
    }

    public async Task SendAsync(string line, CancellationToken cancellation)
    {
        var bytes = Encoding.ASCII.GetBytes(line + "\r\n");
        await stream.WriteAsync(bytes, cancellation);
        await stream.FlushAsync(cancellation);
    }

    /// <summary>Reads one line without its line break.</summary>
    /// <exception cref="IOException">The server closed the connection or sent an overlong line.</exception>
    public async Task<string> ReadLineAsync(CancellationToken cancellation)
    {
        var line = new StringBuilder();
        var buffer = new byte[1];
        while (line.Length < MaxLineLength)
        {
            var read = await stream.ReadAsync(buffer, cancellation);
            if (read == 0)
            {
                throw new IOException("the server closed the connection");
            }

            var c = (char)buffer[0];
            if (c == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append(c);
        }

        throw new IOException($"the server sent a line longer than {MaxLineLength} bytes; it does not speak the expected protocol");
    }

    /// <summary>Reads an SMTP reply, which may span several lines, and returns its code and lines.</summary>
    public async Task<(int Code, List<string> Lines)> ReadSmtpReplyAsync(CancellationToken cancellation)
    {
        var lines = new List<string>();
        for (var count = 0; count < 200; count++)
        {
            var line = await ReadLineAsync(cancellation);
            if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), out var code))
            {
                throw new IOException($"expected an SMTP reply, got '{Shorten(line)}'");
            }

            lines.Add(line.Length > 4 ? line[4..] : string.Empty);
            if (line.Length == 3 || line[3] == ' ')
            {
                return (code, lines);
            }
        }

        throw new IOException("the SMTP reply has more than 200 lines");
    }

    public static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    public async ValueTask DisposeAsync()
    {
        await stream.DisposeAsync();
        client.Dispose();
    }
}
