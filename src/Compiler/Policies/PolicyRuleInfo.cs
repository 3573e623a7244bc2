using Mibc.Language.Model;
using Mibc.Language.Text;

namespace Mibc.Compiler.Policies;

/// <summary>The metadata of a loaded rule, as <c>mibc explain</c>, docs and SARIF show it.</summary>
/// <param name="Id">The stable id, such as <c>MIB2101</c>.</param>
/// <param name="Name">The kebab-case name.</param>
/// <param name="DefaultLevel">The level findings get unless box.mib sets another.</param>
/// <param name="Category">The group docs list the rule under.</param>
/// <param name="Summary">One line on what the rule checks.</param>
/// <param name="Help">Why the rule exists and how to fix a finding.</param>
/// <param name="PackName">The pack the rule comes from.</param>
/// <param name="Location">The rule class's name in its source file.</param>
public sealed record PolicyRuleInfo(
    string Id,
    string Name,
    RuleLevel DefaultLevel,
    string Category,
    string Summary,
    string Help,
    string PackName,
    SourceSpan Location);
