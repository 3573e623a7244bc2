using Mibc.Language.Diagnostics;

namespace Mibc.Tests.Policies;

public sealed class RuleConfigurationTests
{
    [Fact]
    public void LevelOffSkipsRule()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("rules { MIB2111 = off }", passwordLogin: true);

        Assert.Empty(workspace.Check());
    }

    [Fact]
    public void LevelByNameChangesSeverity()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("rules { ssh-password-login = error }", passwordLogin: true);

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("MIB2111", finding.Code);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
    }

    [Fact]
    public void LevelInfoLowersError()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("submission = starttls_optional\nrules { MIB2101 = info }");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
    }

    [Fact]
    public void UnknownRuleInRulesWarns()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("rules { MIB2999 = off }");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal(DiagnosticCatalog.UnknownRule.Code, finding.Code);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("MIB2999", finding.Message);
    }

    [Fact]
    public void SuppressionWithReasonHidesFinding()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("# mibc-disable-next-line MIB2101: the relay only listens on the VPN\nsubmission = starttls_optional");

        Assert.Empty(workspace.Check());
    }

    [Fact]
    public void SuppressionByNameHidesFinding()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("# mibc-disable-next-line submission-auth-after-starttls: lab box\nsubmission = starttls_optional");

        Assert.Empty(workspace.Check());
    }

    [Fact]
    public void SuppressionWithoutReasonIsError()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("# mibc-disable-next-line MIB2101\nsubmission = starttls_optional");

        var codes = workspace.Check().Select(diagnostic => diagnostic.Code).Order().ToList();

        Assert.Equal(["MIB2010", "MIB2101"], codes);
    }

    [Fact]
    public void SuppressionWithEmptyReasonIsError()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("# mibc-disable-next-line MIB2101:   \nsubmission = starttls_optional");

        var codes = workspace.Check().Select(diagnostic => diagnostic.Code).Order().ToList();

        Assert.Equal(["MIB2010", "MIB2101"], codes);
    }

    [Fact]
    public void UnusedSuppressionWarns()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("# mibc-disable-next-line MIB2101: no longer needed\nsubmission = starttls_required");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal(DiagnosticCatalog.UnusedSuppression.Code, finding.Code);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal(18, finding.Location.StartLine);
    }

    [Fact]
    public void SuppressionOnlyCoversNextLine()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("# mibc-disable-next-line MIB2101: wrong line\n\nsubmission = starttls_optional");

        var codes = workspace.Check().Select(diagnostic => diagnostic.Code).Order().ToList();

        Assert.Equal(["MIB2011", "MIB2101"], codes);
    }

    [Fact]
    public void SuppressionOfUnknownRuleWarns()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("# mibc-disable-next-line no-such-rule: typo");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal(DiagnosticCatalog.UnknownRule.Code, finding.Code);
    }

    [Fact]
    public void SuppressionWithoutRuleIsError()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("# mibc-disable-next-line");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal(DiagnosticCatalog.MalformedSuppression.Code, finding.Code);
    }
}
