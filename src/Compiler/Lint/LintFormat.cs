namespace Mibc.Compiler.Lint;

/// <summary>The output formats of <c>mibc lint</c>.</summary>
public enum LintFormat
{
    /// <summary>Compiler-style lines with the source line and a caret, for people.</summary>
    Text,

    /// <summary>One JSON document, for scripts.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.</summary>
    Sarif,

    /// <summary>GitHub Actions workflow commands, which show as annotations on a pull request.</summary>
    Github,
}
