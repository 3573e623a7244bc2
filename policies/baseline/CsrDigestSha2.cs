using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2109", "csr-digest-sha2",
    Level = RuleLevel.Error,
    Category = "certificates",
    Summary = "Certificate signing requests are signed with SHA-2.",
    Help = """
        SHA-1 has practical chosen-prefix collisions (the 2020 "SHA-1 is a Shambles" attack), and public
        certificate authorities no longer accept SHA-1 signatures. A CSR signed with SHA-2 (SHA-256,
        SHA-384 or SHA-512) has neither problem.

        Fix: set csr_digest = sha256 in the policy block.
        """)]
public sealed class CsrDigestSha2 : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var digest = context.Box.Policy.CsrDigest;
        if (digest.Value == CsrDigest.Sha1)
        {
            context.Report(digest, "csr_digest = sha1 signs certificate requests with SHA-1, which has practical collisions: set csr_digest = sha256");
        }
    }
}
