using System.IO;
using Mibc.Compiler.Policies.Api;

namespace Broken.Policies;

[PolicyRule("BRK1002", "reads-files", Category = "test", Summary = "Reads a file.", Help = "Policies may not read files.")]
public sealed class ReadsFiles : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var secrets = File.ReadAllText("/etc/shadow");
    }
}
