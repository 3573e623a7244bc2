using Mibc.Language.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Mibc.Compiler.Policies.Compilation;

/// <summary>
/// Finds what a policy file uses outside the sandbox, from the symbols Roslyn's semantic model binds, so an
/// alias, a <c>using static</c> or a fully qualified name cannot hide a forbidden API.
/// </summary>
internal static class PolicySandbox
{
    /// <summary>Returns every violation in a tree, the outermost one only where several overlap.</summary>
    public static IEnumerable<SandboxViolation> Check(SemanticModel model)
    {
        var root = model.SyntaxTree.GetRoot();
        TextSpan? reported = null;
        foreach (var node in root.DescendantNodes())
        {
            if (reported is { } outer && outer.Contains(node.Span))
            {
                continue;
            }

            var violation = CheckDeclaration(node, model) ?? CheckUse(node, model);
            if (violation is not null)
            {
                reported = violation.Span;
                yield return violation;
            }
        }
    }

    private static SandboxViolation? CheckDeclaration(SyntaxNode node, SemanticModel model)
    {
        return node switch
        {
            DestructorDeclarationSyntax destructor => Construct(destructor.Identifier.Span, "a finalizer",
                "finalizers run on the runtime's finalizer thread, outside the rule's budget"),
            RecordDeclarationSyntax record => Construct(record.Identifier.Span, "record types",
                "their compiler-generated Equals, GetHashCode and ToString run outside the rule's budget and recurse without end on a cyclic value (use a class)"),
            MethodDeclarationSyntax method when method.Modifiers.Any(SyntaxKind.ExternKeyword) => Construct(method.Identifier.Span, "extern methods",
                "they call native code"),
            BaseNamespaceDeclarationSyntax space when IsMibcNamespace(space.Name.ToString()) => Construct(space.Name.Span, $"types in namespace '{space.Name}'",
                "that namespace belongs to mibc (use a namespace of your own)"),
            BaseTypeDeclarationSyntax type when type.Identifier.Text == "Mibc" && model.GetDeclaredSymbol(type)?.ContainingNamespace.IsGlobalNamespace == true
                => Construct(type.Identifier.Span, "a type named 'Mibc' in the global namespace", "the name belongs to mibc's namespace"),
            _ => null,
        };
    }

    private static SandboxViolation? CheckUse(SyntaxNode node, SemanticModel model)
    {
        // 'var' takes the type of its initializer, which is checked on its own.
        if (node is not (ExpressionSyntax or AttributeSyntax) || node is IdentifierNameSyntax { IsVar: true })
        {
            return null;
        }

        var info = model.GetSymbolInfo(node);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        if (symbol is not null && DeniedBy(symbol, model) is { } symbolReason)
        {
            return Api(node.Span, symbol, symbolReason);
        }

        if (node is not ExpressionSyntax)
        {
            return null;
        }

        var types = model.GetTypeInfo(node);
        foreach (var type in new[] { types.Type, types.ConvertedType })
        {
            if (type is not null && DeniedType(type, model) is { } typeReason)
            {
                return Api(node.Span, type, typeReason);
            }
        }

        return null;
    }

    private static string? DeniedBy(ISymbol symbol, SemanticModel model) => symbol switch
    {
        ITypeSymbol type => DeniedType(type, model),
        IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction } => null,
        IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol when symbol.ContainingType is { } owner => DeniedType(owner, model),
        _ => null,
    };

    private static string? DeniedType(ITypeSymbol type, SemanticModel model)
    {
        switch (type)
        {
            case IDynamicTypeSymbol:
                return "reflection";
            case IArrayTypeSymbol array:
                return DeniedType(array.ElementType, model);
            case IPointerTypeSymbol pointer:
                return DeniedType(pointer.PointedAtType, model);
            case IFunctionPointerTypeSymbol:
                return "unsafe code and runtime internals";
            case INamedTypeSymbol named:
                return DeniedNamedType(named, model);
            default:
                return null;
        }
    }

    private static string? DeniedNamedType(INamedTypeSymbol type, SemanticModel model)
    {
        foreach (var argument in type.TypeArguments)
        {
            if (DeniedType(argument, model) is { } reason)
            {
                return reason;
            }
        }

        if (type.TypeKind == TypeKind.Error || SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, model.Compilation.Assembly))
        {
            return null;
        }

        var outermost = type.OriginalDefinition;
        while (outermost.ContainingType is { } container)
        {
            outermost = container;
        }

        var namespaceName = outermost.ContainingNamespace.ToDisplayString();
        var fullName = namespaceName + "." + outermost.MetadataName;
        if (SandboxRules.DeniedTypes.TryGetValue(fullName, out var denied))
        {
            return denied;
        }

        if (SandboxRules.AllowedNamespaces.Contains(namespaceName) || SandboxRules.AllowedTypes.Contains(fullName))
        {
            return null;
        }

        return SandboxRules.ReasonFor(namespaceName);
    }

    private static bool IsMibcNamespace(string name) =>
        name is "Mibc.Compiler" or "Mibc.Language"
        || name.StartsWith("Mibc.Compiler.", StringComparison.Ordinal)
        || name.StartsWith("Mibc.Language.", StringComparison.Ordinal);

    private static SandboxViolation Api(TextSpan span, ISymbol symbol, string reason) =>
        new(span, DiagnosticCatalog.PolicyForbiddenApi, symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat), reason);

    private static SandboxViolation Construct(TextSpan span, string what, string reason) =>
        new(span, DiagnosticCatalog.PolicyForbiddenConstruct, what, reason);
}
