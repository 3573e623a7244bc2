using Mibc.Language.Diagnostics;
using Mibc.Language.Semantics;
using Mibc.Language.Text;

namespace Mibc.Compiler.Pipeline;

/// <summary>A check that runs on an error-free model, such as the security policy host.</summary>
public interface IModelAnalyzer
{
    /// <summary>Inspects the checked file and returns findings.</summary>
    /// <param name="check">The parse and check result, with a model.</param>
    /// <param name="sources">Where to register source texts the findings point into, such as policy files.</param>
    IEnumerable<Diagnostic> Analyze(CheckResult check, IDictionary<string, SourceText> sources);
}
