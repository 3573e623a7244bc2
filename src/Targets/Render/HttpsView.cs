namespace Mibc.Targets.Render;

/// <summary>The web server's HTTPS behaviour.</summary>
/// <param name="HstsSeconds">The Strict-Transport-Security max-age in seconds; 0 sends no header.</param>
/// <param name="RedirectHttp">Whether plain HTTP answers with a 301 redirect to HTTPS.</param>
public sealed record HttpsView(long HstsSeconds, bool RedirectHttp);
