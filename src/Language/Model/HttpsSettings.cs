namespace Mibc.Language.Model;

/// <summary>The web server's HTTPS settings.</summary>
/// <param name="Hsts">The HSTS max-age; zero sends no HSTS header.</param>
/// <param name="RedirectHttp">Whether plain HTTP answers with a redirect to HTTPS.</param>
public sealed record HttpsSettings(Located<TimeSpan> Hsts, Located<bool> RedirectHttp);
