using Mibc.Language.Model;
using Mibc.Language.Text;

namespace Mibc.Compiler.Policies.Api;

/// <summary>One finding a rule reported, before its level and suppressions are applied.</summary>
/// <param name="Location">The source span of the model value the finding is about.</param>
/// <param name="Message">What is wrong, on which value, and how to fix it.</param>
/// <param name="MaximumLevel">The highest level the finding may get; the rule's level applies when it is lower.</param>
public sealed record PolicyFinding(SourceSpan Location, string Message, RuleLevel MaximumLevel = RuleLevel.Error);
