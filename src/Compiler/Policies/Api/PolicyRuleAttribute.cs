using Mibc.Language.Model;

namespace Mibc.Compiler.Policies.Api;

/// <summary>
/// The metadata of a policy rule: its stable id, its name, its default level and the texts docs and SARIF show.
/// </summary>
/// <remarks>
/// mibc reads these values from the compiled source without running the rule, so they must be constants.
/// </remarks>
/// <param name="id">
/// The stable id: a prefix of capital letters and a number, such as <c>MIB2101</c>. The <c>MIB</c> prefix belongs to
/// the packs that ship with mibc; every rule of a user pack uses the pack's own prefix, such as <c>ORG1001</c>.
/// </param>
/// <param name="name">A kebab-case name, such as <c>submission-auth-after-starttls</c>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PolicyRuleAttribute(string id, string name) : Attribute
{
    /// <summary>The stable id, such as <c>MIB2101</c>.</summary>
    public string Id { get; } = id;

    /// <summary>The kebab-case name, such as <c>submission-auth-after-starttls</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The level findings get unless box.mib's <c>policy { rules { ... } }</c> block sets another.</summary>
    public RuleLevel Level { get; set; } = RuleLevel.Warning;

    /// <summary>A kebab-case group for docs, such as <c>credentials</c> or <c>certificates</c>.</summary>
    public string Category { get; set; } = string.Empty;

    /// <summary>One line that says what the rule checks.</summary>
    public string Summary { get; set; } = string.Empty;

    /// <summary>The help text: why the rule exists and how to fix a finding. Plain text; blank lines separate paragraphs.</summary>
    public string Help { get; set; } = string.Empty;
}
