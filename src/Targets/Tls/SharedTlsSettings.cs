using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Tls;
using Mibc.Language.TypeSystem;
using Mibc.Targets.Profiles;

namespace Mibc.Targets.Tls;

/// <summary>
/// Checks that listeners a daemon configures with one setting get the same value from box.mib, and reports
/// MIB3009 at the listener block that differs.
/// </summary>
/// <param name="daemon">The daemon and version that has the setting, such as <c>Postfix 3.7.11</c>, or "the bundle" for a shared file.</param>
/// <param name="os">The target release.</param>
/// <param name="policy">The security policy, whose listener blocks the findings point at.</param>
/// <param name="report">Where findings go.</param>
internal sealed class SharedTlsSettings(string daemon, OsTarget os, SecurityPolicy policy, Action<Diagnostic> report)
{
    /// <summary>Returns whether every listener has the reference listener's value of a setting.</summary>
    /// <param name="listeners">The listeners the daemon configures together.</param>
    /// <param name="setting">The setting as messages name it, such as "the key exchange groups (tls_eecdh_auto_curves)".</param>
    /// <param name="value">The setting's value; it must compare by value, such as a string or a number.</param>
    public bool Agree<T>(IReadOnlyList<RenderedTls> listeners, string setting, Func<RenderedTls, T> value)
    {
        if (listeners.Count < 2)
        {
            return true;
        }

        // The reference is a listener that takes the box-wide settings where there is one, so the finding
        // points at the listener block that differs from them.
        var reference = listeners.FirstOrDefault(tls => policy.FindListener(tls.Listener) is null) ?? listeners[0];
        var expected = value(reference);
        var names = Suggestions.JoinAll(listeners.Select(tls => tls.Listener.Describe()));
        var agree = true;
        foreach (var differing in listeners.Where(tls => tls != reference && !EqualityComparer<T>.Default.Equals(value(tls), expected)))
        {
            var span = policy.FindListener(differing.Listener)?.Listener.Span ?? policy.Tls.Profile.Span;
            report(DiagnosticCatalog.ListenerTlsNotSeparable.Create(span, daemon, os.Name, setting, names, differing.Listener.Name()));
            agree = false;
        }

        return agree;
    }
}
