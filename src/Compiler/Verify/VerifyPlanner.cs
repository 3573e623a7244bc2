using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Compiler.Verify;

/// <summary>
/// Derives the checks for a running box from its box.mib: which listeners exist, which protocols they must
/// accept or refuse, and what they must advertise.
/// </summary>
public static class VerifyPlanner
{
    private static readonly TlsProtocol[] ProbedProtocols = [TlsProtocol.SSLv2, TlsProtocol.SSLv3, TlsProtocol.TLSv1, TlsProtocol.TLSv1_1, TlsProtocol.TLSv1_2, TlsProtocol.TLSv1_3];

    // NOTE: every suite here is export-grade, anonymous, unencrypted, RC4, DES or 3DES, so none may
    // be negotiated on a listener that carries credentials.
    private const string ForbiddenCiphers = "aNULL:eNULL:EXPORT:LOW:RC4:DES:3DES:MD5";

    /// <summary>Plans every check for a box reached at <paramref name="address"/>.</summary>
    /// <param name="model">The checked box.</param>
    /// <param name="address">The host name or address to connect to.</param>
    /// <param name="ports">The port of each service; see <see cref="PortsFor"/>.</param>
    public static IReadOnlyList<VerifyCheck> Plan(BoxModel model, string address, ServicePorts ports)
    {
        var name = model.Host.Name.Value.Ascii;
        VerifyEndpoint At(string service) => new(address, ports[service], name);

        var tls = EffectiveTls.For(model);
        IReadOnlySet<TlsProtocol> Allowed(Listener listener) =>
            tls.Find(listener)?.Protocols.Select(protocol => protocol.Value).ToHashSet() ?? [];
        var checks = new List<VerifyCheck>();

        checks.AddRange(SmtpChecks(At("smtp"), expectAuthAfterTls: false, "smtp"));
        checks.AddRange(SmtpChecks(At("submission"), expectAuthAfterTls: true, "submission"));
        checks.Add(SmtpImplicitCheck(At("submissions")));
        checks.AddRange(ProtocolChecks(At("submission"), "smtp", Allowed(Listener.Submission)));
        checks.AddRange(ProtocolChecks(At("submissions"), null, Allowed(Listener.Submissions)));

        checks.AddRange(MailboxChecks(model.Policy.Imap.Value, At("imap"), At("imaps"), "imap", Allowed(Listener.Imaps)));
        checks.AddRange(MailboxChecks(model.Policy.Pop.Value, At("pop3"), At("pop3s"), "pop3", Allowed(Listener.Pop3s)));

        checks.AddRange(ProtocolChecks(At("https"), null, Allowed(Listener.Https)));
        checks.Add(CertificateCheck(At("https"), model));
        checks.Add(HstsCheck(At("https"), model.Policy.Https.Hsts.Value));
        if (model.Policy.Https.RedirectHttp.Value)
        {
            checks.Add(RedirectCheck(At("http")));
        }

        checks.Add(SshCheck(At("ssh"), model.Host.Ssh.PasswordLogin.Value));
        checks.AddRange(DnsChecks(At("dns"), model));
        return checks;
    }

    // Only record types whose data reads back the same from any name server are compared.
    private static readonly string[] ComparedTypes = ["A", "AAAA", "MX", "TXT"];

    /// <summary>One check per zone: the box's name server returns each A, AAAA, MX and TXT set as the build wrote it.</summary>
    private static IEnumerable<VerifyCheck> DnsChecks(VerifyEndpoint endpoint, BoxModel model)
    {
        var sourceDirectory = Path.GetDirectoryName(Path.GetFullPath(model.SourcePath)) ?? ".";
        var keys = new Targets.Dns.DnsKeyMaterial(new Targets.Keys.KeyStore(sourceDirectory, allowWrites: false), _ => { });
        var plan = Targets.Dns.ZonePlanner.Plan(model, keys, _ => { });
        foreach (var zone in plan.Zones)
        {
            var expected = zone.Records
                .Where(record => ComparedTypes.Contains(record.Type))
                .GroupBy(record => (record.Owner, record.Type))
                .ToList();
            yield return new VerifyCheck($"dns.{zone.Origin}", $"dns: {zone.Origin} answers as built", endpoint, async (at, token) =>
            {
                var mismatches = new List<string>();
                foreach (var set in expected)
                {
                    var wanted = set.Select(record => record.Type == "TXT" ? record.Text : string.Join(' ', record.Data)).Order(StringComparer.Ordinal).ToList();
                    var answered = (await DnsProbe.QueryAsync(at, set.Key.Owner, set.Key.Type, token)).Order(StringComparer.Ordinal).ToList();
                    if (!wanted.SequenceEqual(answered, StringComparer.OrdinalIgnoreCase))
                    {
                        mismatches.Add($"{set.Key.Owner} {set.Key.Type}: expected [{string.Join("; ", wanted)}], got [{string.Join("; ", answered)}]");
                    }
                }

                return mismatches.Count == 0
                    ? (VerifyStatus.Pass, $"{expected.Count} record sets match")
                    : (VerifyStatus.Fail, string.Join(" | ", mismatches.Take(3)) + (mismatches.Count > 3 ? $" | and {mismatches.Count - 3} more" : string.Empty));
            });
        }
    }

    /// <summary>Returns the standard ports with box.mib's SSH port, then the given overrides.</summary>
    public static ServicePorts PortsFor(BoxModel model, IEnumerable<string> overrides) =>
        ServicePorts.Standard.With([$"ssh={model.Host.Ssh.Port.Value}"]).With(overrides);

    private static IEnumerable<VerifyCheck> SmtpChecks(VerifyEndpoint endpoint, bool expectAuthAfterTls, string service)
    {
        yield return new VerifyCheck($"{service}.starttls", $"{service}: STARTTLS offered, no AUTH before it", endpoint, async (at, token) =>
        {
            var (before, after) = await MailProbes.SmtpCapabilitiesAsync(at, implicitTls: false, token);
            if (!before.Contains("STARTTLS"))
            {
                return (VerifyStatus.Fail, "STARTTLS is not offered, so mail and passwords would cross in plaintext");
            }

            if (before.Contains("AUTH"))
            {
                return (VerifyStatus.Fail, "AUTH is offered before STARTTLS, so a client can send its password in plaintext");
            }

            var authAfter = after?.Contains("AUTH") == true;
            if (expectAuthAfterTls && !authAfter)
            {
                return (VerifyStatus.Fail, "AUTH is not offered after STARTTLS either, so users cannot log in to send mail");
            }

            if (!expectAuthAfterTls && authAfter)
            {
                return (VerifyStatus.Fail, "AUTH is offered on port 25 after STARTTLS; logins belong on submission only");
            }

            return (VerifyStatus.Pass, expectAuthAfterTls ? "STARTTLS offered; AUTH only after it" : "STARTTLS offered; AUTH never offered");
        });
    }

    private static VerifyCheck SmtpImplicitCheck(VerifyEndpoint endpoint) =>
        new("submissions.auth", "submissions: implicit TLS, AUTH offered", endpoint, async (at, token) =>
        {
            var (capabilities, _) = await MailProbes.SmtpCapabilitiesAsync(at, implicitTls: true, token);
            return capabilities.Contains("AUTH")
                ? (VerifyStatus.Pass, "AUTH offered inside TLS")
                : (VerifyStatus.Fail, "AUTH is not offered, so users cannot log in to send mail");
        });

    private static IEnumerable<VerifyCheck> ProtocolChecks(VerifyEndpoint endpoint, string? startTls, IReadOnlySet<TlsProtocol> allowed)
    {
        var service = endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var protocol in ProbedProtocols)
        {
            var expected = allowed.Contains(protocol);
            var display = protocol.ToOpenSslName();
            yield return new VerifyCheck($"tls.{service}.{display}", $"port {service}: {display} {(expected ? "accepted" : "refused")}", endpoint, async (at, token) =>
            {
                if (!OpenSslProbe.CanOffer(protocol))
                {
                    return (VerifyStatus.Skip, $"the local OpenSSL cannot offer {display}; OpenSSL 3.0 servers cannot speak it either");
                }

                var handshake = await OpenSslProbe.TryAsync(at, startTls, protocol, null, token);
                return (handshake.Established, expected) switch
                {
                    (true, true) => (VerifyStatus.Pass, $"negotiated {handshake.Protocol} with {handshake.Cipher}"),
                    (false, false) => (VerifyStatus.Pass, $"{display} refused"),
                    (true, false) => (VerifyStatus.Fail, $"{display} was negotiated ({handshake.Cipher}) but the policy forbids it"),
                    _ => (VerifyStatus.Fail, $"{display} was refused but the policy enables it: {LastLine(handshake.Output)}"),
                };
            });
        }

        if (allowed.Contains(TlsProtocol.TLSv1_2))
        {
            yield return new VerifyCheck($"tls.{service}.weak-ciphers", $"port {service}: weak ciphers refused", endpoint, async (at, token) =>
            {
                var handshake = await OpenSslProbe.TryAsync(at, startTls, TlsProtocol.TLSv1_2, ForbiddenCiphers, token);
                return handshake.Established
                    ? (VerifyStatus.Fail, $"the weak suite {handshake.Cipher} was negotiated")
                    : (VerifyStatus.Pass, "export, anonymous, null, RC4, DES and 3DES suites refused");
            });
        }
    }

    private static IEnumerable<VerifyCheck> MailboxChecks(
        MailboxAccessMode mode, VerifyEndpoint plain, VerifyEndpoint secure, string protocol, IReadOnlySet<TlsProtocol> allowed)
    {
        if (mode == MailboxAccessMode.Off)
        {
            yield return ClosedCheck(plain, $"{protocol}.plain.closed", $"{protocol}: plaintext port closed ({protocol} is off)");
            yield return ClosedCheck(secure, $"{protocol}.tls.closed", $"{protocol}: TLS port closed ({protocol} is off)");
            yield break;
        }

        foreach (var check in ProtocolChecks(secure, null, allowed))
        {
            yield return check;
        }

        if (mode == MailboxAccessMode.TlsOnly)
        {
            yield return ClosedCheck(plain, $"{protocol}.plain.closed", $"{protocol}: plaintext port closed");
            yield break;
        }

        yield return new VerifyCheck($"{protocol}.plain.login", $"{protocol}: no login before TLS", plain, async (at, token) =>
        {
            if (protocol == "imap")
            {
                var capabilities = await MailProbes.ImapCapabilitiesAsync(at, token);
                return capabilities.Contains("LOGINDISABLED")
                    ? (VerifyStatus.Pass, "LOGINDISABLED advertised before STARTTLS")
                    : (mode == MailboxAccessMode.PlaintextAllowed ? VerifyStatus.Warn : VerifyStatus.Fail, "IMAP accepts a login before TLS");
            }

            var reply = await MailProbes.PopUserReplyAsync(at, token);
            return reply.StartsWith("-ERR", StringComparison.Ordinal)
                ? (VerifyStatus.Pass, "USER refused before STARTTLS")
                : (mode == MailboxAccessMode.PlaintextAllowed ? VerifyStatus.Warn : VerifyStatus.Fail, "POP3 accepts USER before TLS");
        });
    }

    private static VerifyCheck ClosedCheck(VerifyEndpoint endpoint, string id, string title) =>
        new(id, title, endpoint, async (at, token) =>
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(at.Address, at.Port, token);
                return (VerifyStatus.Fail, "the port accepts connections but box.mib keeps it closed");
            }
            catch (SocketException error) when (error.SocketErrorCode == SocketError.ConnectionRefused)
            {
                return (VerifyStatus.Pass, "connection refused");
            }
        });

    private static VerifyCheck CertificateCheck(VerifyEndpoint endpoint, BoxModel model) =>
        new("certificate", "certificate: host name, key size, expiry", endpoint, async (at, token) =>
        {
            using var certificate = await WebProbes.CertificateAsync(at, token);
            if (!certificate.MatchesHostname(at.ServerName))
            {
                return (VerifyStatus.Fail, $"the certificate ({certificate.Subject}) does not cover {at.ServerName}");
            }

            var (kind, bits) = KeyOf(certificate);
            var (wantedKind, wantedBits) = Wanted(model.Policy.CertificateKey.Value);
            if (kind != wantedKind || bits < wantedBits)
            {
                return (VerifyStatus.Fail, $"the key is {kind} {bits} bits, but the policy asks for {wantedKind} {wantedBits} bits or more");
            }

            var left = certificate.NotAfter.ToUniversalTime() - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                return (VerifyStatus.Fail, $"the certificate expired on {certificate.NotAfter:yyyy-MM-dd}");
            }

            return left < TimeSpan.FromDays(14)
                ? (VerifyStatus.Warn, $"the certificate expires in {left.Days} days, on {certificate.NotAfter:yyyy-MM-dd}: renew it")
                : (VerifyStatus.Pass, $"{kind} {bits} bits, valid until {certificate.NotAfter:yyyy-MM-dd}");
        });

    private static VerifyCheck HstsCheck(VerifyEndpoint endpoint, TimeSpan wanted) =>
        new("https.hsts", "https: HSTS header with the policy's max-age", endpoint, async (at, token) =>
        {
            var (status, maxAge, _) = await WebProbes.GetAsync(at, https: true, token);
            if (maxAge is null)
            {
                return (VerifyStatus.Fail, $"no Strict-Transport-Security header (HTTP {(int)status})");
            }

            return maxAge == wanted
                ? (VerifyStatus.Pass, $"max-age={(long)wanted.TotalSeconds}")
                : (VerifyStatus.Fail, $"max-age is {(long)maxAge.Value.TotalSeconds} seconds, but box.mib sets {(long)wanted.TotalSeconds}");
        });

    private static VerifyCheck RedirectCheck(VerifyEndpoint endpoint) =>
        new("http.redirect", "http: redirect to HTTPS", endpoint, async (at, token) =>
        {
            var (status, _, location) = await WebProbes.GetAsync(at, https: false, token);
            var redirected = status is HttpStatusCode.MovedPermanently or HttpStatusCode.PermanentRedirect
                && location?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true;
            return redirected
                ? (VerifyStatus.Pass, $"HTTP {(int)status} to {location}")
                : (VerifyStatus.Fail, $"HTTP {(int)status}{(location is null ? string.Empty : " to " + location)}, expected a permanent redirect to https://");
        });

    private static VerifyCheck SshCheck(VerifyEndpoint endpoint, bool passwordAllowed) =>
        new("ssh.password", "ssh: password login", endpoint, async (at, token) =>
        {
            var methods = await SshProbe.AllowedMethodsAsync(at, token);
            var passwords = methods.Where(method => method is "password" or "keyboard-interactive").ToList();
            if (passwords.Count == 0)
            {
                return (VerifyStatus.Pass, "only " + string.Join(", ", methods) + " allowed");
            }

            var note = passwordAllowed ? " (box.mib allows it)" : " although box.mib sets password_login = false";
            return (VerifyStatus.Warn, $"sshd accepts {string.Join(" and ", passwords)}{note}: prefer keys, so passwords cannot be guessed");
        });

    private static (string Kind, int Bits) KeyOf(X509Certificate2 certificate)
    {
        using var rsa = certificate.GetRSAPublicKey();
        if (rsa is not null)
        {
            return ("RSA", rsa.KeySize);
        }

        using var ecdsa = certificate.GetECDsaPublicKey();
        return ecdsa is not null ? ("ECDSA", ecdsa.KeySize) : ("other", 0);
    }

    private static (string Kind, int Bits) Wanted(CertificateKeySpec spec) => spec switch
    {
        CertificateKeySpec.Rsa1024 => ("RSA", 1024),
        CertificateKeySpec.Rsa2048 => ("RSA", 2048),
        CertificateKeySpec.Rsa3072 => ("RSA", 3072),
        CertificateKeySpec.Rsa4096 => ("RSA", 4096),
        CertificateKeySpec.EcdsaP256 => ("ECDSA", 256),
        _ => ("ECDSA", 384),
    };

    private static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
}
