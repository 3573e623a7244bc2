using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2106", "https-redirect-http",
    Level = RuleLevel.Error,
    Category = "https",
    Summary = "Plain HTTP answers with a redirect to HTTPS.",
    Help = """
        Without a redirect, a visitor who types the host name without https:// gets the site over plain
        HTTP, where it can be read and changed on the way, and never receives the HSTS header, which
        browsers accept only over HTTPS.

        Fix: set redirect_http = true in policy { https { ... } }.
        """)]
public sealed class HttpsRedirectHttp : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var redirect = context.Box.Policy.Https.RedirectHttp;
        if (!redirect.Value)
        {
            context.Report(redirect, "redirect_http = false serves plain HTTP instead of redirecting it to HTTPS: set redirect_http = true");
        }
    }
}
