namespace Mibc.Targets.Render;

/// <summary>What an HTTPS site serves.</summary>
public enum WebSiteKind
{
    /// <summary>The box host name and each domain's autoconfig and autodiscover names: mail client setup.</summary>
    Box,

    /// <summary>Each domain's <c>mta-sts</c> name: the MTA-STS policy file.</summary>
    MtaSts,

    /// <summary>A domain with a <c>web_root</c>: its static site, and mail client setup below <c>/.well-known/</c>.</summary>
    Static,
}
