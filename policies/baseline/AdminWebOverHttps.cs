using System.Linq;
using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2104", "admin-web-over-https",
    Level = RuleLevel.Error,
    Category = "credentials",
    Summary = "The admin web interface is reachable only over HTTPS.",
    Help = """
        Users with role = admin log in to the admin web interface on the box's host name. When plain HTTP
        is not redirected to HTTPS, nginx serves that login page on port 80 too, and an admin password
        typed there crosses the network in the clear.

        Fix: set redirect_http = true in policy { https { ... } }.
        """)]
public sealed class AdminWebOverHttps : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var box = context.Box;
        var redirect = box.Policy.Https.RedirectHttp;
        var admins = box.Users.Where(user => user.Role.Value == UserRole.Admin).Select(user => user.Address.Value.Unicode).ToList();
        if (!redirect.Value && admins.Count > 0)
        {
            context.Report(redirect,
                $"redirect_http = false serves the admin web interface over plain HTTP too, so the password of {string.Join(", ", admins)} can cross unencrypted: set redirect_http = true");
        }
    }
}
