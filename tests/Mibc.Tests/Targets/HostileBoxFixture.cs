namespace Mibc.Tests.DaemonTargets;

/// <summary>
/// The hostile-accepted sample running with Postfix, Dovecot, nginx and OpenDKIM, shared by the tests of
/// one class. Its users' passwords are full of characters that config syntax gives meaning to.
/// </summary>
public sealed class HostileBoxFixture : IDisposable
{
    /// <summary>The sample's users and their passwords, as its comment lists them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Passwords = new Dictionary<string, string>
    {
        ["postmaster@hostile.example"] = "quote\"dollar$hash#comma,semi;brace{}back\\slash'apostrophe",
        ["first.last+tag@hostile.example"] = "Dollar$Hash#Quote\"Comma,",
        ["anna@xn--bcher-kva.example"] = "$HOME${PATH}`id`$(id)",
    };

    /// <summary>Starts the box.</summary>
    public HostileBoxFixture() => Box = LiveBox.Start("hostile-accepted.mib", withOpenDkim: true);

    /// <summary>The running box.</summary>
    public LiveBox Box { get; }

    /// <summary>The box's sandbox, where the dialogs run.</summary>
    public HostSandbox Sandbox => Box.Sandbox;

    /// <summary>Runs a script with the mail dialog functions and returns its output.</summary>
    public string Dialog(string body) => Sandbox.RunChecked(MailDialog.Script(body), TimeSpan.FromMinutes(2));

    /// <summary>
    /// Waits until a new message lands in a user's Maildir, for at most twenty seconds, and returns the text
    /// of the newest one; the test fails when none arrives.
    /// </summary>
    public string WaitForMessage(string domain, string localPart, string marker)
    {
        var directory = $"/var/mail/vhosts/{domain}/{localPart}/Maildir/new";
        var result = Sandbox.Run($"""
            for _ in $(seq 200); do
              file=$(grep -l -F -- {HostSandbox.Quote(marker)} {HostSandbox.Quote(directory)}/* 2>/dev/null | head -n 1)
              [ -n "$file" ] && {'{'} cat "$file"; exit 0; {'}'}
              sleep 0.1
            done
            mailq
            exit 1
            """, TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, $"No message with '{marker}' reached {directory} within 20 seconds. Queue:\n{result.All}");
        return result.Output;
    }

    /// <inheritdoc />
    public void Dispose() => Box.Dispose();
}
