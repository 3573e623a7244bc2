using Mibc.Language.Model;

namespace Mibc.Compiler.Policies;

/// <summary>A rule found in a compiled pack set, as the cache stores it.</summary>
/// <param name="Id">The stable id, such as <c>MIB2101</c>.</param>
/// <param name="Name">The kebab-case name.</param>
/// <param name="Level">The default level.</param>
/// <param name="Category">The group docs list the rule under.</param>
/// <param name="Summary">One line on what the rule checks.</param>
/// <param name="Help">Why the rule exists and how to fix a finding.</param>
/// <param name="TypeName">The full metadata name of the rule class.</param>
/// <param name="Location">The rule class's name in its source file.</param>
internal sealed record RuleRecord(
    string Id,
    string Name,
    RuleLevel Level,
    string Category,
    string Summary,
    string Help,
    string TypeName,
    FileLocation Location);
