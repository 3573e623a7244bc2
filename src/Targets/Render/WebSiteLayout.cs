using System.Collections.Immutable;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;

namespace Mibc.Targets.Render;

/// <summary>Lays out the HTTPS server blocks so that each host name belongs to exactly one of them.</summary>
internal static class WebSiteLayout
{
    /// <summary>
    /// Returns the box site first, then the MTA-STS site, then one static site per domain with a web_root.
    /// A name claimed by an earlier site is left out of later ones, because nginx warns about, and then
    /// ignores, a server name given twice on one port.
    /// </summary>
    public static ImmutableArray<WebSiteView> Build(BoxModel model, HostPaths paths, Action<Diagnostic> report)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        ImmutableArray<string> Claim(IEnumerable<string> names) => [.. names.Where(claimed.Add)];

        var hostName = model.Host.Name.Value.Ascii;
        var webRoots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var domain in model.Domains)
        {
            if (domain.WebRoot is { } webRoot && ConfigValueRules.CheckWebRoot(webRoot, report) is { } root)
            {
                webRoots[domain.Name.Value.Ascii] = root;
            }
        }

        var domains = model.Domains.Select(domain => domain.Name.Value.Ascii).ToList();
        var sites = ImmutableArray.CreateBuilder<WebSiteView>();
        sites.Add(new WebSiteView(
            WebSiteKind.Box,
            Claim([hostName, .. domains.SelectMany(domain => new[] { "autoconfig." + domain, "autodiscover." + domain })]),
            webRoots.GetValueOrDefault(hostName)));

        var mtaSts = Claim(domains.Select(domain => "mta-sts." + domain));
        if (!mtaSts.IsEmpty)
        {
            sites.Add(new WebSiteView(WebSiteKind.MtaSts, mtaSts, paths.MtaStsRoot));
        }

        foreach (var domain in domains.Where(webRoots.ContainsKey))
        {
            var names = Claim([domain, "www." + domain]);
            if (!names.IsEmpty)
            {
                sites.Add(new WebSiteView(WebSiteKind.Static, names, webRoots[domain]));
            }
        }

        return sites.ToImmutable();
    }
}
