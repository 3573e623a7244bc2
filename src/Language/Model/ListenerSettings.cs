namespace Mibc.Language.Model;

/// <summary>A <c>listener "NAME" { ... }</c> block of the policy: settings for one listener alone.</summary>
/// <param name="Listener">The listener, located at the block's name.</param>
/// <param name="Tls">The TLS settings the block overrides.</param>
public sealed record ListenerSettings(Located<Listener> Listener, TlsOverrides Tls);
