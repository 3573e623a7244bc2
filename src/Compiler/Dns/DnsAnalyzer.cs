using Mibc.Compiler.Pipeline;
using Mibc.Language.Diagnostics;
using Mibc.Language.Semantics;
using Mibc.Language.Text;
using Mibc.Targets.Dns;
using Mibc.Targets.Keys;

namespace Mibc.Compiler.Dns;

/// <summary>
/// Checks the box's DNS records at check time: declared records per type and against mibc's own records,
/// DKIM selectors, SSH host keys and the key store's files. It reads the key store and never writes it.
/// </summary>
public sealed class DnsAnalyzer : IModelAnalyzer
{
    /// <inheritdoc />
    public IEnumerable<Diagnostic> Analyze(CheckResult check, IDictionary<string, SourceText> sources)
    {
        var model = check.Model ?? throw new ArgumentException("The DNS analyzer needs a checked model.", nameof(check));
        var directory = Path.GetDirectoryName(Path.GetFullPath(model.SourcePath)) ?? ".";
        var diagnostics = new List<Diagnostic>();
        var keys = new DnsKeyMaterial(new KeyStore(directory, allowWrites: false), diagnostics.Add);
        ZonePlanner.Plan(model, keys, diagnostics.Add);
        return diagnostics;
    }
}
