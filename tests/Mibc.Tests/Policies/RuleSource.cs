namespace Mibc.Tests.Policies;

/// <summary>Builds the C# source of a one-rule policy file for tests.</summary>
internal static class RuleSource
{
    /// <summary>Returns a rule class named <paramref name="className"/> whose Check body is <paramref name="body"/>.</summary>
    public static string Rule(string id, string name, string className, string body, string members = "", string usings = "") => $$"""
        using Mibc.Compiler.Policies.Api;
        using Mibc.Language.Model;
        {{usings}}

        namespace Test.Policies;

        [PolicyRule("{{id}}", "{{name}}", Level = RuleLevel.Error, Category = "test", Summary = "A test rule.", Help = "Used by mibc's tests.")]
        public sealed class {{className}} : PolicyRule
        {
            {{members}}

            public override void Check(PolicyContext context)
            {
                {{body}}
            }
        }
        """;
}
