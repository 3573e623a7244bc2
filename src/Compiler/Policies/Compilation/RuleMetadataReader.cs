using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Mibc.Compiler.Policies.Compilation;

/// <summary>
/// Finds the rule classes of compiled packs and reads their <c>[PolicyRule]</c> metadata from the symbols,
/// so no policy code runs to learn a rule's id, name or help.
/// </summary>
internal sealed partial class RuleMetadataReader(CSharpCompilation compilation, IReadOnlyList<PolicyPack> packs)
{
    private const string BuiltInPrefix = "MIB";

    private readonly INamedTypeSymbol? ruleBase = compilation.GetTypeByMetadataName("Mibc.Compiler.Policies.Api.PolicyRule");
    private readonly INamedTypeSymbol? ruleAttribute = compilation.GetTypeByMetadataName("Mibc.Compiler.Policies.Api.PolicyRuleAttribute");
    private readonly Dictionary<string, string> ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, string> packPrefixes = [];
    private readonly List<RuleRecord> rules = [];
    private readonly List<DiagnosticRecord> diagnostics = [];

    /// <summary>Reads every rule class in the trees, in pack and source order.</summary>
    public (ImmutableArray<RuleRecord> Rules, ImmutableArray<DiagnosticRecord> Diagnostics) Read(IEnumerable<PolicyTree> trees)
    {
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree.Tree);
            foreach (var declaration in tree.Tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is { } type && seen.Add(type))
                {
                    ReadClass(type, tree, tree.Locate(declaration.Identifier.Span));
                }
            }
        }

        return ([.. rules], [.. diagnostics]);
    }

    private void ReadClass(INamedTypeSymbol type, PolicyTree tree, FileLocation location)
    {
        var attribute = type.GetAttributes().FirstOrDefault(data => SymbolEqualityComparer.Default.Equals(data.AttributeClass, ruleAttribute));
        var isRule = InheritsFromRule(type);
        var className = type.ToDisplayString();
        if (!isRule)
        {
            if (attribute is not null)
            {
                Invalid(location, className, "has [PolicyRule] but does not derive from PolicyRule: derive it from Mibc.Compiler.Policies.Api.PolicyRule");
            }

            return;
        }

        if (type.IsAbstract)
        {
            if (attribute is not null)
            {
                Invalid(location, className, "is abstract, so it cannot run: remove 'abstract' or the [PolicyRule] attribute");
            }

            return;
        }

        if (attribute is null)
        {
            Invalid(location, className, "has no [PolicyRule] attribute: add [PolicyRule(\"ORG1001\", \"rule-name\", Summary = \"...\", Help = \"...\")] with the rule's own id and name");
            return;
        }

        if (Problem(type) is { } problem)
        {
            Invalid(location, className, problem);
            return;
        }

        var record = ToRecord(type, attribute, location);
        if (MetadataProblem(record, packs[tree.Pack], tree.Pack) is { } metadataProblem)
        {
            Invalid(location, className, metadataProblem);
            return;
        }

        if (ids.TryGetValue(record.Id, out var idOwner))
        {
            diagnostics.Add(DiagnosticRecord.Create(DiagnosticCatalog.DuplicateRule, location, "id", record.Id, className, idOwner));
            return;
        }

        if (names.TryGetValue(record.Name, out var nameOwner))
        {
            diagnostics.Add(DiagnosticRecord.Create(DiagnosticCatalog.DuplicateRule, location, "name", record.Name, className, nameOwner));
            return;
        }

        ids[record.Id] = className;
        names[record.Name] = className;
        packPrefixes.TryAdd(tree.Pack, IdPrefix(record.Id));
        rules.Add(record);
    }

    private static string? Problem(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return "is not public: declare it (and any class that contains it) public";
            }
        }

        if (type.IsGenericType)
        {
            return "is generic: a rule class takes no type parameters";
        }

        return type.InstanceConstructors.Any(constructor => constructor.Parameters.IsEmpty && constructor.DeclaredAccessibility == Accessibility.Public)
            ? null
            : "has no public parameterless constructor: add one, because mibc creates the rule without arguments";
    }

    private string? MetadataProblem(RuleRecord record, PolicyPack pack, int packIndex)
    {
        if (!IdPattern().IsMatch(record.Id))
        {
            return $"has the id '{record.Id}', which is not capital letters followed by 3 to 6 digits: use an id such as ORG1001";
        }

        var prefix = IdPrefix(record.Id);
        if (pack.IsBuiltIn != (prefix == BuiltInPrefix))
        {
            return pack.IsBuiltIn
                ? $"has the id '{record.Id}': rules that ship with mibc use the MIB prefix"
                : $"has the id '{record.Id}', but the MIB prefix belongs to mibc's own rules: use your pack's prefix, such as ORG{record.Id[prefix.Length..]}";
        }

        if (packPrefixes.TryGetValue(packIndex, out var packPrefix) && packPrefix != prefix)
        {
            return $"has the id '{record.Id}', but the other rules of pack '{pack.Name}' use the prefix {packPrefix}: one pack uses one prefix";
        }

        if (!NamePattern().IsMatch(record.Name))
        {
            return $"has the name '{record.Name}', which is not kebab-case: use lower-case words joined by '-', such as quota-ceiling";
        }

        if (record.Category.Length == 0 || !NamePattern().IsMatch(record.Category))
        {
            return $"has the category '{record.Category}': set Category to a kebab-case word such as credentials";
        }

        if (record.Summary.Trim().Length == 0 || record.Summary.Contains('\n'))
        {
            return "needs a one-line Summary that says what the rule checks";
        }

        if (record.Help.Trim().Length == 0)
        {
            return "needs a Help text that says why the rule exists and how to fix a finding";
        }

        return record.Level is < RuleLevel.Off or > RuleLevel.Error
            ? "has an invalid Level: use RuleLevel.Info, RuleLevel.Warning, RuleLevel.Error or RuleLevel.Off"
            : null;
    }

    private static RuleRecord ToRecord(INamedTypeSymbol type, AttributeData attribute, FileLocation location)
    {
        string Positional(int index) => attribute.ConstructorArguments.Length > index ? attribute.ConstructorArguments[index].Value as string ?? string.Empty : string.Empty;
        TypedConstant? Named(string name) => attribute.NamedArguments.Where(pair => pair.Key == name).Select(pair => (TypedConstant?)pair.Value).FirstOrDefault();

        return new RuleRecord(
            Positional(0),
            Positional(1),
            Named("Level")?.Value is int level ? (RuleLevel)level : RuleLevel.Warning,
            Named("Category")?.Value as string ?? string.Empty,
            (Named("Summary")?.Value as string ?? string.Empty).Trim(),
            (Named("Help")?.Value as string ?? string.Empty).Trim(),
            ReflectionName(type),
            location);
    }

    private bool InheritsFromRule(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, ruleBase))
            {
                return true;
            }
        }

        return false;
    }

    private static string ReflectionName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            name = container.MetadataName + "+" + name;
        }

        return type.ContainingNamespace.IsGlobalNamespace ? name : type.ContainingNamespace.ToDisplayString() + "." + name;
    }

    private static string IdPrefix(string id) => new([.. id.TakeWhile(char.IsAsciiLetterUpper)]);

    private void Invalid(FileLocation location, string className, string problem) =>
        diagnostics.Add(DiagnosticRecord.Create(DiagnosticCatalog.InvalidRuleMetadata, location, className, problem));

    [GeneratedRegex("^[A-Z]{2,10}[0-9]{3,6}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
