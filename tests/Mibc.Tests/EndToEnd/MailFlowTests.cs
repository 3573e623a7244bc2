using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Search;
using MailKit.Security;
using Mibc.Language.Model;
using Mibc.Targets.Render;
using Mibc.Tests.Deploy;
using MimeKit;
using MimeKit.Cryptography;
using MimeKit.Utils;

namespace Mibc.Tests.EndToEnd;

/// <summary>
/// The deployed box used as a mail client would: a user submits on 587 after STARTTLS, the mail reaches another
/// user and an alias with a DKIM signature the box's own DNS vouches for, and logins without TLS are refused.
/// </summary>
[Collection(LoopbackBoxCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class MailFlowTests(LoopbackBox box)
{
    private const string Sender = "alice@example.org";
    private const string LocalRecipient = "bob@example.net";
    private const string Alias = "postmaster@example.org";

    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Submission_DeliversSignedMailToUserAndAlias()
    {
        var aliasTarget = Assert.Single(box.Model.Aliases.Single(alias => alias.Address.Value.Ascii == Alias).Targets).Value.Ascii;
        var message = new MimeMessage { Subject = "end-to-end test", MessageId = MimeUtils.GenerateMessageId("example.org") };
        message.From.Add(MailboxAddress.Parse(Sender));
        message.To.Add(MailboxAddress.Parse(LocalRecipient));
        message.To.Add(MailboxAddress.Parse(Alias));
        message.Body = new TextPart("plain") { Text = "Sent on 587 after STARTTLS and AUTH; read back over IMAPS.\n" };

        using (var smtp = PinnedSmtpClient())
        {
            await smtp.ConnectAsync(await LoopbackBox.ConnectAsync(587), box.HostName, 587, SecureSocketOptions.StartTls);
            Assert.True(smtp.IsSecure);
            await smtp.AuthenticateAsync(Sender, LoopbackSample.PasswordOf(Sender));
            await smtp.SendAsync(message);
            await smtp.DisconnectAsync(quit: true);
        }

        var received = await FetchAsync(LocalRecipient, message.MessageId, ipv6: box.HasIpv6);
        var forwarded = await FetchAsync(aliasTarget, message.MessageId, ipv6: false);

        var selector = box.Model.Domains.Single(domain => domain.Name.Value.Ascii == "example.org").Dkim.Selector.Value;
        foreach (var copy in new[] { received, forwarded })
        {
            var index = copy.Headers.IndexOf(HeaderId.DkimSignature);
            Assert.True(index >= 0, "the delivered message has no DKIM-Signature:\n" + copy.Headers);
            var signature = copy.Headers[index].Value;
            Assert.Contains("d=example.org;", signature.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains($"s={selector};", signature.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

            var locator = new BoxDkimKeyLocator();
            var valid = await new DkimVerifier(locator).VerifyAsync(copy, copy.Headers[index]);
            Assert.True(valid, $"the DKIM signature does not verify against {locator.LastAnswer}:\n{copy.Headers}");
        }
    }

    [Fact]
    public async Task Submission_RefusesAuthBeforeStartTls()
    {
        using var smtp = new CommandSmtpClient();

        await smtp.ConnectAsync(await LoopbackBox.ConnectAsync(587), box.HostName, 587, SecureSocketOptions.None);

        Assert.False(smtp.IsSecure);
        Assert.True(smtp.Capabilities.HasFlag(SmtpCapabilities.StartTLS));
        Assert.False(smtp.Capabilities.HasFlag(SmtpCapabilities.Authentication), "AUTH is advertised before STARTTLS");

        // A client that sends AUTH anyway, with the right password, is refused with a permanent error.
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{Sender}\0{LoopbackSample.PasswordOf(Sender)}"));
        var reply = await smtp.SendRawAsync("AUTH PLAIN " + credentials);
        Assert.True((int)reply.StatusCode is >= 500 and < 600, $"AUTH before STARTTLS got {(int)reply.StatusCode} {reply.Response}");
    }

    [Fact]
    public async Task Imap_RefusesPlaintextLogin()
    {
        var mode = box.Model.Policy.Imap.Value;
        Assert.True(mode is MailboxAccessMode.TlsOnly or MailboxAccessMode.StarttlsRequired, $"the sample's imap policy is {mode}; this test expects tls_only or starttls_required");
        using var imap = new ImapClient();

        if (mode == MailboxAccessMode.TlsOnly)
        {
            // tls_only closes the plaintext port, so no client can even start a login there.
            var error = await Assert.ThrowsAsync<SocketException>(() => LoopbackBox.ConnectAsync(143));
            Assert.Equal(SocketError.ConnectionRefused, error.SocketErrorCode);
            return;
        }

        await imap.ConnectAsync(await LoopbackBox.ConnectAsync(143), box.HostName, 143, SecureSocketOptions.None);
        Assert.True(imap.Capabilities.HasFlag(ImapCapabilities.LoginDisabled));
        await Assert.ThrowsAnyAsync<Exception>(() => imap.AuthenticateAsync(LocalRecipient, LoopbackSample.PasswordOf(LocalRecipient)));
    }

    /// <summary>Logs in over IMAPS and waits, at most <see cref="DeliveryTimeout"/>, for the message with the Message-ID to arrive.</summary>
    private async Task<MimeMessage> FetchAsync(string user, string messageId, bool ipv6)
    {
        using var imap = new ImapClient();
        Pin(imap);
        await imap.ConnectAsync(await LoopbackBox.ConnectAsync(993, ipv6), box.HostName, 993, SecureSocketOptions.SslOnConnect);
        await imap.AuthenticateAsync(user, LoopbackSample.PasswordOf(user));
        await imap.Inbox.OpenAsync(FolderAccess.ReadOnly);

        var deadline = DateTime.UtcNow + DeliveryTimeout;
        while (true)
        {
            var found = await imap.Inbox.SearchAsync(SearchQuery.HeaderContains("Message-ID", messageId));
            if (found.Count > 0)
            {
                var message = await imap.Inbox.GetMessageAsync(found[0]);
                await imap.DisconnectAsync(quit: true);
                return message;
            }

            if (DateTime.UtcNow > deadline)
            {
                var queue = ProcessRunner.Run("postqueue", ["-p"]).All;
                Assert.Fail($"{messageId} did not reach {user} within {DeliveryTimeout.TotalSeconds:0} seconds; Postfix's queue:\n{queue}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
            await imap.NoOpAsync();
        }
    }

    private static SmtpClient PinnedSmtpClient()
    {
        var smtp = new SmtpClient();
        Pin(smtp);
        return smtp;
    }

    // The box's certificate is self-signed, so the clients trust exactly the one apply.sh made, and no other.
    private static void Pin(MailService client)
    {
        using var deployed = X509Certificate2.CreateFromPem(File.ReadAllText(HostPaths.Default.TlsCertificate));
        var expected = deployed.GetCertHashString(HashAlgorithmName.SHA256);
        client.CheckCertificateRevocation = false;
        client.ServerCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && certificate.GetCertHashString(HashAlgorithmName.SHA256) == expected;
    }

    /// <summary>An SMTP client that can send a command MailKit would not, such as AUTH before STARTTLS.</summary>
    private sealed class CommandSmtpClient : SmtpClient
    {
        public Task<SmtpResponse> SendRawAsync(string command) => SendCommandAsync(command, CancellationToken.None);
    }
}
