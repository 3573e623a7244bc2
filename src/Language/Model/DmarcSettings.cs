namespace Mibc.Language.Model;

/// <summary>The DMARC record of one domain.</summary>
/// <param name="Policy">What receivers should do with failing mail (<c>p=</c>).</param>
/// <param name="ReportAddress">Where aggregate reports go (<c>rua=</c>), if anywhere.</param>
/// <param name="Percent">The share of failing mail the policy applies to (<c>pct=</c>).</param>
public sealed record DmarcSettings(
    Located<DmarcPolicy> Policy,
    Located<EmailAddress>? ReportAddress,
    Located<int> Percent);
