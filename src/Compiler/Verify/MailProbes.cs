namespace Mibc.Compiler.Verify;

/// <summary>Probes that speak SMTP, IMAP and POP3 to see what a listener offers before and after TLS.</summary>
internal static class MailProbes
{
    private const string ClientName = "mibc-verify.invalid";

    /// <summary>Returns the EHLO keywords before TLS and, when STARTTLS is offered, after it.</summary>
    public static async Task<(HashSet<string> Before, HashSet<string>? After)> SmtpCapabilitiesAsync(
        VerifyEndpoint endpoint, bool implicitTls, CancellationToken cancellation)
    {
        await using var connection = await LineConnection.ConnectAsync(endpoint, implicitTls, cancellation);
        var (greeting, _) = await connection.ReadSmtpReplyAsync(cancellation);
        if (greeting != 220)
        {
            throw new IOException($"the SMTP greeting has code {greeting}, expected 220");
        }

        var before = await EhloAsync(connection, cancellation);
        if (implicitTls || !before.Contains("STARTTLS"))
        {
            return (before, implicitTls ? before : null);
        }

        await connection.SendAsync("STARTTLS", cancellation);
        var (ready, _) = await connection.ReadSmtpReplyAsync(cancellation);
        if (ready != 220)
        {
            throw new IOException($"the server replied {ready} to STARTTLS, expected 220");
        }

        await connection.StartTlsAsync(endpoint.ServerName, cancellation);
        var after = await EhloAsync(connection, cancellation);
        await connection.SendAsync("QUIT", cancellation);
        return (before, after);
    }

    /// <summary>Returns the IMAP capabilities a plaintext connection advertises.</summary>
    public static async Task<HashSet<string>> ImapCapabilitiesAsync(VerifyEndpoint endpoint, CancellationToken cancellation)
    {
        await using var connection = await LineConnection.ConnectAsync(endpoint, implicitTls: false, cancellation);
        var greeting = await connection.ReadLineAsync(cancellation);
        if (!greeting.StartsWith("* OK", StringComparison.OrdinalIgnoreCase))
        {
            throw new IOException($"expected an IMAP greeting, got '{LineConnection.Shorten(greeting)}'");
        }

        await connection.SendAsync("a1 CAPABILITY", cancellation);
        var capabilities = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var count = 0; count < 50; count++)
        {
            var line = await connection.ReadLineAsync(cancellation);
            if (line.StartsWith("* CAPABILITY ", StringComparison.OrdinalIgnoreCase))
            {
                capabilities.UnionWith(line["* CAPABILITY ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            else if (line.StartsWith("a1 ", StringComparison.Ordinal))
            {
                await connection.SendAsync("a2 LOGOUT", cancellation);
                return capabilities;
            }
        }

        throw new IOException("the IMAP server did not finish its CAPABILITY reply");
    }

    /// <summary>Sends a POP3 USER command on a plaintext connection and returns the reply line.</summary>
    public static async Task<string> PopUserReplyAsync(VerifyEndpoint endpoint, CancellationToken cancellation)
    {
        await using var connection = await LineConnection.ConnectAsync(endpoint, implicitTls: false, cancellation);
        var greeting = await connection.ReadLineAsync(cancellation);
        if (!greeting.StartsWith("+OK", StringComparison.Ordinal))
        {
            throw new IOException($"expected a POP3 greeting, got '{LineConnection.Shorten(greeting)}'");
        }

        await connection.SendAsync("USER mibc-verify", cancellation);
        var reply = await connection.ReadLineAsync(cancellation);
        await connection.SendAsync("QUIT", cancellation);
        return reply;
    }

    private static async Task<HashSet<string>> EhloAsync(LineConnection connection, CancellationToken cancellation)
    {
        await connection.SendAsync("EHLO " + ClientName, cancellation);
        var (code, lines) = await connection.ReadSmtpReplyAsync(cancellation);
        if (code != 250)
        {
            throw new IOException($"the server replied {code} to EHLO, expected 250");
        }

        // The first line is the server's name; each later line starts with a keyword such as AUTH.
        return new HashSet<string>(lines.Skip(1).Select(line => line.Split(' ', 2)[0].ToUpperInvariant()), StringComparer.Ordinal);
    }
}
