using System.Collections.Immutable;
using Mibc.Language.Model;

namespace Mibc.Targets.Tls;

/// <summary>The TLS of every listener the box serves, as the daemon configs write it.</summary>
/// <param name="Listeners">The served listeners, in the order of <see cref="Language.Tls.Listeners.All"/>.</param>
/// <param name="DhBits">The size of the one DH parameter file Postfix, Dovecot and nginx share; null when no listener uses one.</param>
public sealed record TargetTls(ImmutableArray<RenderedTls> Listeners, int? DhBits)
{
    /// <summary>Returns a served listener's TLS, or null when the box does not serve it.</summary>
    public RenderedTls? Find(Listener listener) => Listeners.FirstOrDefault(tls => tls.Listener == listener);

    /// <summary>Returns the TLS of a listener every box serves, such as submission.</summary>
    /// <exception cref="InvalidOperationException">The box does not serve the listener.</exception>
    public RenderedTls Get(Listener listener) =>
        Find(listener) ?? throw new InvalidOperationException($"The box does not serve listener '{listener}'.");
}
