using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Mibc.Language.Model;

namespace Mibc.Language.Tls;

/// <summary>
/// The facts about each <see cref="Listener"/>: its name in box.mib, its port, its strictness and whether
/// a box serves it.
/// </summary>
public static class Listeners
{
    /// <summary>Every listener, in the order docs and messages list them.</summary>
    public static ImmutableArray<Listener> All { get; } =
    [
        Listener.Smtp, Listener.Submission, Listener.Submissions, Listener.Imap, Listener.Imaps,
        Listener.Pop3, Listener.Pop3s, Listener.Https, Listener.OutboundSmtp,
    ];

    /// <summary>Returns the name box.mib uses in <c>listener "NAME"</c>, such as "submission".</summary>
    public static string Name(this Listener listener) => listener switch
    {
        Listener.Smtp => "smtp",
        Listener.Submission => "submission",
        Listener.Submissions => "submissions",
        Listener.Imap => "imap",
        Listener.Imaps => "imaps",
        Listener.Pop3 => "pop3",
        Listener.Pop3s => "pop3s",
        Listener.Https => "https",
        Listener.OutboundSmtp => "outbound_smtp",
        _ => throw new ArgumentOutOfRangeException(nameof(listener), listener, "unknown listener"),
    };

    /// <summary>Returns the TCP port the listener serves, or null for outbound SMTP, which listens on none.</summary>
    public static int? Port(this Listener listener) => listener switch
    {
        Listener.Smtp => 25,
        Listener.Submission => 587,
        Listener.Submissions => 465,
        Listener.Imap => 143,
        Listener.Imaps => 993,
        Listener.Pop3 => 110,
        Listener.Pop3s => 995,
        Listener.Https => 443,
        Listener.OutboundSmtp => null,
        _ => throw new ArgumentOutOfRangeException(nameof(listener), listener, "unknown listener"),
    };

    /// <summary>
    /// Returns whether weak TLS on the listener is an error (credentials cross it) or the lesser evil
    /// (server-to-server SMTP, where the alternative is plaintext).
    /// </summary>
    public static ListenerStrictness Strictness(this Listener listener) =>
        listener is Listener.Smtp or Listener.OutboundSmtp ? ListenerStrictness.Opportunistic : ListenerStrictness.Mandatory;

    /// <summary>Names the listener for messages, such as "submission (587)" or "outbound_smtp".</summary>
    public static string Describe(this Listener listener) =>
        listener.Port() is { } port ? $"{listener.Name()} ({port})" : listener.Name();

    /// <summary>Finds a listener by its box.mib name; names are case-sensitive.</summary>
    public static bool TryParse(string name, [NotNullWhen(true)] out Listener? listener)
    {
        listener = All.Select(candidate => (Listener?)candidate).FirstOrDefault(candidate => candidate!.Value.Name() == name);
        return listener is not null;
    }

    /// <summary>
    /// Returns whether a box with this policy serves the listener. Ports 143 and 110 listen only when the
    /// protocol allows STARTTLS (imap or pop set to starttls_required or plaintext_allowed); 993 and 995
    /// unless the protocol is off; the others always.
    /// </summary>
    public static bool IsServed(this Listener listener, SecurityPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return listener switch
        {
            Listener.Imap => ServesPlaintextPort(policy.Imap.Value),
            Listener.Imaps => policy.Imap.Value != MailboxAccessMode.Off,
            Listener.Pop3 => ServesPlaintextPort(policy.Pop.Value),
            Listener.Pop3s => policy.Pop.Value != MailboxAccessMode.Off,
            _ => true,
        };
    }

    /// <summary>Returns the listeners a box with this policy serves, in the order of <see cref="All"/>.</summary>
    public static ImmutableArray<Listener> ServedBy(SecurityPolicy policy) => [.. All.Where(listener => listener.IsServed(policy))];

    private static bool ServesPlaintextPort(MailboxAccessMode mode) =>
        mode is MailboxAccessMode.StarttlsRequired or MailboxAccessMode.PlaintextAllowed;
}
