namespace Mibc.Language.Model;

/// <summary>The level a policy rule reports at, as set in box.mib.</summary>
public enum RuleLevel
{
    /// <summary>The rule does not run.</summary>
    Off,

    /// <summary>Findings are information.</summary>
    Info,

    /// <summary>Findings are warnings.</summary>
    Warning,

    /// <summary>Findings are errors.</summary>
    Error,
}
