namespace Mibc.Compiler.Policies.Api;

/// <summary>
/// The base class of every policy rule. A rule class is public, has a public parameterless constructor and
/// carries a <see cref="PolicyRuleAttribute"/> with its metadata.
/// </summary>
/// <remarks>
/// mibc compiles rules with a sandbox: they may use the model API, the TLS API (Mibc.Language.Tls), System, System.Linq,
/// System.Collections.Generic, System.Collections.Immutable and System.Text (with RegularExpressions), and
/// every loop and call counts against a time and step budget.
/// </remarks>
public abstract class PolicyRule
{
    /// <summary>Inspects the checked box model and reports findings through <paramref name="context"/>.</summary>
    public abstract void Check(PolicyContext context);
}
