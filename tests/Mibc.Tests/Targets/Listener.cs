using Mibc.Language.Model;
using Mibc.Language.Tls;
using ModelListener = Mibc.Language.Model.Listener;

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
    /// Lists the listeners box.mib serves, each with the versions its effective TLS enables. Port 25 takes
    /// TLS 1.0 up to the highest enabled version unless its own listener block says otherwise, because a
    /// sending server that cannot negotiate TLS there falls back to plaintext.
    /// </summary>
    public static IReadOnlyList<Listener> For(BoxModel model)
    {
        var tls = EffectiveTls.For(model);
        IReadOnlySet<TlsProtocol> Accepted(ModelListener listener) =>
            Probed.Where(version => tls.Find(listener)!.Enables(version)).ToHashSet();

        var listeners = new List<Listener>
        {
            new("smtp", 25, "smtp", Accepted(ModelListener.Smtp)),
            new("submission", 587, "smtp", Accepted(ModelListener.Submission)),
            new("submissions", 465, null, Accepted(ModelListener.Submissions)),
            new("https", 443, null, Accepted(ModelListener.Https)),
        };
        AddMailbox(listeners, tls, ModelListener.Imaps, ModelListener.Imap, "imap", 993, 143);
        AddMailbox(listeners, tls, ModelListener.Pop3s, ModelListener.Pop3, "pop3", 995, 110);
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

    private static void AddMailbox(
        List<Listener> listeners, EffectiveTls tls, ModelListener secure, ModelListener plain, string protocol, int tlsPort, int plaintextPort)
    {
        foreach (var (listener, name, port, startTls) in new[] { (secure, protocol + "s", tlsPort, (string?)null), (plain, protocol, plaintextPort, protocol) })
        {
            if (tls.Find(listener) is { } served)
            {
                listeners.Add(new Listener(name, port, startTls, Probed.Where(served.Enables).ToHashSet()));
            }
        }
    }
}
