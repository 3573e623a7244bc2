using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Mibc.Compiler.Policies.Compilation;

/// <summary>
/// Rewrites a policy tree so every method, accessor, lambda, loop iteration, backward jump and field
/// initializer first calls <c>PolicyBudget.Check()</c>, which throws when the rule has spent its budget.
/// </summary>
/// <remarks>
/// NOTE: the rewrite adds no line breaks and moves no existing trivia across lines, so line numbers in the
/// PDB, and so in exception stack traces, still match the file the author wrote.
/// </remarks>
/// <param name="model">The semantic model of the original tree, for return types.</param>
internal sealed class BudgetInstrumenter(SemanticModel model) : CSharpSyntaxRewriter
{
    private const string BudgetType = "global::Mibc.Compiler.Policies.Api.PolicyBudget";

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var returnsVoid = model.GetDeclaredSymbol(node)?.ReturnsVoid ?? true;
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        return InstrumentBody(visited, returnsVoid);
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var returnsVoid = (model.GetDeclaredSymbol(node) as IMethodSymbol)?.ReturnsVoid ?? true;
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        return visited switch
        {
            { Body: { } body } => visited.WithBody(Prepend(body)),
            { ExpressionBody: { } arrow } => visited
                .WithExpressionBody(null)
                .WithSemicolonToken(default)
                .WithBody(ToBlock(arrow, visited.SemicolonToken, returnsVoid)),
            _ => visited,
        };
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
    {
        var visited = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
        return InstrumentBody(visited, returnsVoid: true);
    }

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node)
    {
        var visited = (OperatorDeclarationSyntax)base.VisitOperatorDeclaration(node)!;
        return InstrumentBody(visited, returnsVoid: false);
    }

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node)
    {
        var visited = (ConversionOperatorDeclarationSyntax)base.VisitConversionOperatorDeclaration(node)!;
        return InstrumentBody(visited, returnsVoid: false);
    }

    // Methods, constructors and operators share one shape: a block body gets a budget check first, and an
    // expression body becomes a block that checks the budget, then returns or evaluates the expression.
    private BaseMethodDeclarationSyntax InstrumentBody(BaseMethodDeclarationSyntax visited, bool returnsVoid) => visited switch
    {
        { Body: { } body } => visited.WithBody(Prepend(body)),
        { ExpressionBody: { } arrow } => visited
            .WithExpressionBody(null)
            .WithSemicolonToken(default)
            .WithBody(ToBlock(arrow, visited.SemicolonToken, returnsVoid)),
        _ => visited,
    };

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var returnsVoid = !node.IsKind(SyntaxKind.GetAccessorDeclaration);
        var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        return visited switch
        {
            { Body: { } body } => visited.WithBody(Prepend(body)),
            { ExpressionBody: { } arrow } => visited
                .WithExpressionBody(null)
                .WithSemicolonToken(default)
                .WithBody(ToBlock(arrow, visited.SemicolonToken, returnsVoid)),
            _ => visited,
        };
    }

    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
        if (visited.ExpressionBody is { } arrow)
        {
            return visited
                .WithExpressionBody(null)
                .WithSemicolonToken(default)
                .WithAccessorList(ToGetter(arrow, visited.SemicolonToken));
        }

        if (visited.Initializer is { } initializer)
        {
            return visited.WithInitializer(WrapInitializer(initializer, visited.Type));
        }

        return visited;
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        return visited.ExpressionBody is { } arrow
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(ToGetter(arrow, visited.SemicolonToken))
            : visited;
    }

    public override SyntaxNode? VisitFieldDeclaration(FieldDeclarationSyntax node)
    {
        var visited = (FieldDeclarationSyntax)base.VisitFieldDeclaration(node)!;
        if (visited.Modifiers.Any(SyntaxKind.ConstKeyword))
        {
            return visited;
        }

        // NOTE: field initializers run before any constructor body. A field that creates its own class would
        // recurse until the stack overflows and ends the process, so the wrapper checks the budget first.
        var type = visited.Declaration.Type;
        return visited.WithDeclaration(visited.Declaration.WithVariables(SeparatedList(
            visited.Declaration.Variables.Select(variable => variable.Initializer is { } initializer
                ? variable.WithInitializer(WrapInitializer(initializer, type))
                : variable),
            visited.Declaration.Variables.GetSeparators())));
    }

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        var returnsVoid = LambdaReturnsVoid(node);
        var visited = (SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!;
        return visited switch
        {
            { Block: { } block } => visited.WithBlock(Prepend(block)),
            { ExpressionBody: { } expression } => visited.WithExpressionBody(null).WithBlock(LambdaBlock(expression, returnsVoid)),
            _ => visited,
        };
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        var returnsVoid = LambdaReturnsVoid(node);
        var visited = (ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!;
        return visited switch
        {
            { Block: { } block } => visited.WithBlock(Prepend(block)),
            { ExpressionBody: { } expression } => visited.WithExpressionBody(null).WithBlock(LambdaBlock(expression, returnsVoid)),
            _ => visited,
        };
    }

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        return visited.WithBlock(Prepend(visited.Block));
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(PrependTo(visited.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(PrependTo(visited.Statement));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(PrependTo(visited.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(PrependTo(visited.Statement));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return visited.WithStatement(PrependTo(visited.Statement));
    }

    public override SyntaxNode? VisitGotoStatement(GotoStatementSyntax node)
    {
        // A backward goto loops without a loop statement, so every jump counts as a step.
        var visited = (GotoStatementSyntax)base.VisitGotoStatement(node)!;
        return Block(CheckStatement(), visited.WithoutLeadingTrivia()).WithLeadingTrivia(visited.GetLeadingTrivia());
    }

    private static StatementSyntax CheckStatement() => ParseStatement($"{BudgetType}.Check();");

    private static BlockSyntax Prepend(BlockSyntax block) => block.WithStatements(block.Statements.Insert(0, CheckStatement()));

    private static StatementSyntax PrependTo(StatementSyntax statement) => statement is BlockSyntax block
        ? Prepend(block)
        : Block(CheckStatement(), statement.WithoutLeadingTrivia()).WithLeadingTrivia(statement.GetLeadingTrivia());

    private static BlockSyntax ToBlock(ArrowExpressionClauseSyntax arrow, SyntaxToken semicolon, bool returnsVoid) => Block(
        Token(arrow.ArrowToken.LeadingTrivia, SyntaxKind.OpenBraceToken, arrow.ArrowToken.TrailingTrivia),
        List([CheckStatement(), BodyStatement(arrow.Expression, returnsVoid)]),
        Token(semicolon.LeadingTrivia, SyntaxKind.CloseBraceToken, semicolon.TrailingTrivia));

    private static AccessorListSyntax ToGetter(ArrowExpressionClauseSyntax arrow, SyntaxToken semicolon) => AccessorList(
        Token(arrow.ArrowToken.LeadingTrivia, SyntaxKind.OpenBraceToken, arrow.ArrowToken.TrailingTrivia),
        List([AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, Block(CheckStatement(), BodyStatement(arrow.Expression, returnsVoid: false)))]),
        Token(semicolon.LeadingTrivia, SyntaxKind.CloseBraceToken, semicolon.TrailingTrivia));

    private static BlockSyntax LambdaBlock(ExpressionSyntax expression, bool returnsVoid) =>
        Block(CheckStatement(), BodyStatement(expression, returnsVoid));

    private static StatementSyntax BodyStatement(ExpressionSyntax expression, bool returnsVoid) => expression switch
    {
        ThrowExpressionSyntax thrown => ThrowStatement(Token(SyntaxKind.ThrowKeyword).WithTrailingTrivia(Space), thrown.Expression, Token(SyntaxKind.SemicolonToken)),
        _ when returnsVoid => ExpressionStatement(expression),
        _ => ReturnStatement(Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space), expression, Token(SyntaxKind.SemicolonToken)),
    };

    private static EqualsValueClauseSyntax WrapInitializer(EqualsValueClauseSyntax initializer, TypeSyntax type)
    {
        var value = initializer.Value is InitializerExpressionSyntax arrayInitializer && type is ArrayTypeSyntax arrayType
            ? ArrayCreationExpression(Token(SyntaxKind.NewKeyword).WithTrailingTrivia(Space), arrayType.WithoutTrivia(), arrayInitializer)
            : initializer.Value;
        var wrapped = InvocationExpression(
            ParseExpression($"{BudgetType}.Initialize<{type.WithoutTrivia()}>"),
            ArgumentList(SingletonSeparatedList(Argument(ParenthesizedLambdaExpression(value.WithoutTrivia())))));
        return initializer.WithValue(wrapped.WithTriviaFrom(initializer.Value));
    }

    private bool LambdaReturnsVoid(LambdaExpressionSyntax lambda) =>
        (model.GetSymbolInfo(lambda).Symbol as IMethodSymbol)?.ReturnsVoid ?? false;
}
