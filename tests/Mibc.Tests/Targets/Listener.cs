using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Tests.DaemonTargets;

/// <summary>A TLS listener of the box and the protocol versions it must accept.</summary>
/// <param name="Name">A name for messages, such as <c>submission</c>.</param>
/// <param name="Port">The TCP port.</param>
/// <param name="StartTls">The <c>openssl s_client -starttls</c> protocol, or null for implicit TLS.</param>
/// <param name="Accepted">The versions the listener must negotiate; it must refuse every other one.</param>
public sealed record Listener(string Name, int Port, string? StartTls, IReadOnlySet<TlsProtocol> Accepted)
{
    /// <summary>The versions a client can probe with the test machine's OpenSSL 3.0, which has no SSL 2.0 or 3.0.</summary>
    public static readonly TlsProtocol[] Probed = [TlsProtocol.TLSv1, TlsProtocol.TLSv1_1, TlsProtocol.TLSv1_2, TlsProtocol.TLSv1_3];

    /// <summary>
    /// Lists the listeners box.mib asks for, with the versions its policy allows. Mandatory-TLS listeners take
    /// exactly the enabled versions; port 25 takes TLS 1.0 up to the highest enabled version, because a
    /// sending server that cannot negotiate TLS there falls back to plaintext.
    /// </summary>
    public static IReadOnlyList<Listener> For(BoxModel model)
    {
        var tls = model.Policy.Tls;
        var enabled = tls.Protocols.IsDefaultOrEmpty
            ? TlsProfiles.All.Single(profile => profile.Name == tls.Profile.Value).Protocols.ToHashSet()
            : tls.Protocols.Select(protocol => protocol.Value).ToHashSet();
        var mandatory = Probed.Where(enabled.Contains).ToHashSet();
        var opportunistic = Probed.Where(version => version <= enabled.Max()).ToHashSet();

        var listeners = new List<Listener>
        {
            new("smtp", 25, "smtp", opportunistic),
            new("submission", 587, "smtp", mandatory),
            new("submissions", 465, null, mandatory),
            new("https", 443, null, mandatory),
        };
        AddMailbox(listeners, model.Policy.Imap.Value, "imap", 993, 143, mandatory);
        AddMailbox(listeners, model.Policy.Pop.Value, "pop3", 995, 110, mandatory);
        return listeners;
    }

    /// <summary>Returns the <c>openssl s_client</c> flag that offers only one version, such as <c>-tls1_2</c>.</summary>
    public static string ClientFlag(TlsProtocol version) => version switch
    {
        TlsProtocol.TLSv1 => "-tls1",
        TlsProtocol.TLSv1_1 => "-tls1_1",
        TlsProtocol.TLSv1_2 => "-tls1_2",
        TlsProtocol.TLSv1_3 => "-tls1_3",
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "OpenSSL 3.0 cannot offer this version"),
    };

    private static void AddMailbox(List<Listener> listeners, MailboxAccessMode mode, string protocol, int tlsPort, int plaintextPort, IReadOnlySet<TlsProtocol> accepted)
    {
        if (mode == MailboxAccessMode.Off)
        {
            return;
        }

        listeners.Add(new Listener(protocol + "s", tlsPort, null, accepted));
        if (mode is MailboxAccessMode.StarttlsRequired or MailboxAccessMode.PlaintextAllowed)
        {
            listeners.Add(new Listener(protocol, plaintextPort, protocol, accepted));
        }
    }
}
