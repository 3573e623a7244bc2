namespace Mibc.Compiler.Policies;

/// <summary>A rule ready to run: its metadata and its class in the loaded policy assembly.</summary>
/// <param name="Info">The rule's metadata.</param>
/// <param name="Type">The rule class.</param>
public sealed record LoadedRule(PolicyRuleInfo Info, Type Type);
