using System;
using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2105", "https-hsts",
    Level = RuleLevel.Error,
    Category = "https",
    Summary = "HTTPS sends a Strict-Transport-Security header with a max-age of at least one year.",
    Help = """
        HSTS (RFC 6797) tells browsers to use HTTPS for the host name for max-age seconds, so a network
        attacker cannot strip TLS from a later visit. A max-age of 0 sends no header at all. The HSTS
        preload list that browsers ship asks for at least one year (31536000 seconds).

        Fix: set hsts = 365d (or longer) in policy { https { ... } }.
        """)]
public sealed class HttpsHsts : PolicyRule
{
    private static readonly TimeSpan Minimum = TimeSpan.FromDays(365);

    public override void Check(PolicyContext context)
    {
        var hsts = context.Box.Policy.Https.Hsts;
        if (hsts.Value <= TimeSpan.Zero)
        {
            context.Report(hsts, "hsts = 0s sends no Strict-Transport-Security header, so browsers may still try plain HTTP: set hsts = 365d");
        }
        else if (hsts.Value < Minimum)
        {
            context.Report(hsts,
                $"hsts max-age of {hsts.Value.TotalDays:0.##} days is shorter than one year, the minimum the HSTS preload list accepts: set hsts = 365d");
        }
    }
}
