using System.Collections.Immutable;

namespace Mibc.Targets.Render;

/// <summary>One HTTPS server block.</summary>
/// <param name="Kind">What the site serves.</param>
/// <param name="ServerNames">The host names it answers, none shared with another site.</param>
/// <param name="Root">The directory of static files; null when the site serves only the generated locations.</param>
public sealed record WebSiteView(WebSiteKind Kind, ImmutableArray<string> ServerNames, string? Root)
{
    /// <summary>Whether this is the box site; templates test this instead of comparing enum names.</summary>
    public bool IsBox => Kind == WebSiteKind.Box;

    /// <summary>Whether this is the MTA-STS policy site.</summary>
    public bool IsMtaSts => Kind == WebSiteKind.MtaSts;

    /// <summary>Whether this is a domain's static site.</summary>
    public bool IsStatic => Kind == WebSiteKind.Static;
}
