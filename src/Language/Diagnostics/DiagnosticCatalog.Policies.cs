namespace Mibc.Language.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>MIB2001: a policy file that Roslyn cannot compile.</summary>
    public static readonly DiagnosticDescriptor PolicyCompileError = new(
        "MIB2001", DiagnosticSeverity.Error, "Policy does not compile",
        "{0}: {1}. Fix the C# source: until it compiles, no rule of policy pack '{2}' runs");

    /// <summary>MIB2002: a policy that uses an API outside the sandbox.</summary>
    public static readonly DiagnosticDescriptor PolicyForbiddenApi = new(
        "MIB2002", DiagnosticSeverity.Error, "Policy uses a forbidden API",
        "policy uses '{0}', which policies may not use ({1}): read the box model with System, System.Linq, System.Collections.Generic and System.Text only. Until then, no rule of policy pack '{2}' runs");

    /// <summary>MIB2003: a policy declaration the sandbox rejects, such as a finalizer.</summary>
    public static readonly DiagnosticDescriptor PolicyForbiddenConstruct = new(
        "MIB2003", DiagnosticSeverity.Error, "Policy uses a forbidden construct",
        "policies may not declare {0}, because {1}. Until it is removed, no rule of policy pack '{2}' runs");

    /// <summary>MIB2004: a rule that ran past its time or step budget.</summary>
    public static readonly DiagnosticDescriptor PolicyTimedOut = new(
        "MIB2004", DiagnosticSeverity.Error, "Policy rule timed out",
        "policy rule '{0}' ({1}) was stopped after {2}, which suggests an endless loop or recursion: bound its loops and recursion");

    /// <summary>MIB2005: a rule that threw an exception.</summary>
    public static readonly DiagnosticDescriptor PolicyThrew = new(
        "MIB2005", DiagnosticSeverity.Error, "Policy rule threw an exception",
        "policy rule '{0}' ({1}) failed with {2}: {3}; fix the rule, because its findings are missing from this check");

    /// <summary>MIB2006: a policy pack directory that does not exist.</summary>
    public static readonly DiagnosticDescriptor PolicyPackNotFound = new(
        "MIB2006", DiagnosticSeverity.Error, "Policy pack not found",
        "policy pack directory '{0}' does not exist: create it, or fix the path (relative to {1})");

    /// <summary>MIB2007: a policy pack directory without C# files.</summary>
    public static readonly DiagnosticDescriptor PolicyPackEmpty = new(
        "MIB2007", DiagnosticSeverity.Warning, "Policy pack has no rules",
        "policy pack directory '{0}' has no .cs files: add rule files, or remove the pack from the list");

    /// <summary>MIB2008: a rule class whose metadata is missing or malformed.</summary>
    public static readonly DiagnosticDescriptor InvalidRuleMetadata = new(
        "MIB2008", DiagnosticSeverity.Error, "Invalid rule metadata",
        "rule class '{0}' {1}; the rule does not run until this is fixed");

    /// <summary>MIB2009: two rules with the same id or name.</summary>
    public static readonly DiagnosticDescriptor DuplicateRule = new(
        "MIB2009", DiagnosticSeverity.Error, "Duplicate rule",
        "rule {0} '{1}' of class '{2}' is already taken by class '{3}': give the rule another {0}; this one does not run");

    /// <summary>MIB2010: a suppression comment without the reason after the rule id.</summary>
    public static readonly DiagnosticDescriptor SuppressionWithoutReason = new(
        "MIB2010", DiagnosticSeverity.Error, "Suppression without a reason",
        "suppression of '{0}' has no reason, so it suppresses nothing: write # mibc-disable-next-line {0}: why the finding does not apply");

    /// <summary>MIB2011: a suppression comment that matched no finding.</summary>
    public static readonly DiagnosticDescriptor UnusedSuppression = new(
        "MIB2011", DiagnosticSeverity.Warning, "Unused suppression",
        "suppression of '{0}' matches no finding on line {1}: remove the comment, or move it to the line just above the finding");

    /// <summary>MIB2012: a rule id or name, in the rules block or a suppression, that no loaded rule has.</summary>
    public static readonly DiagnosticDescriptor UnknownRule = new(
        "MIB2012", DiagnosticSeverity.Warning, "Unknown rule",
        "no policy rule has the id or name '{0}'{1}; run 'mibc rules' to list the rules");

    /// <summary>MIB2013: a suppression comment without a rule id.</summary>
    public static readonly DiagnosticDescriptor MalformedSuppression = new(
        "MIB2013", DiagnosticSeverity.Error, "Malformed suppression",
        "suppression comment names no rule: write # mibc-disable-next-line RULE-ID: reason");
}
