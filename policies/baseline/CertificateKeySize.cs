using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2108", "certificate-key-size",
    Level = RuleLevel.Error,
    Category = "certificates",
    Summary = "The certificate key gives at least 112 bits of security.",
    Help = """
        NIST SP 800-57 Part 1 rates a 1024-bit RSA key at 80 bits of security, below the 112 bits the
        security baseline asks of every TLS parameter. RSA 2048 gives 112 bits, RSA 3072 and ECDSA P-256
        give 128.

        Fix: set certificate_key = rsa2048 (or rsa3072, rsa4096, ecdsa_p256, ecdsa_p384).
        """)]
public sealed class CertificateKeySize : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var key = context.Box.Policy.CertificateKey;
        if (key.Value == CertificateKeySpec.Rsa1024)
        {
            context.Report(key, "certificate_key = rsa1024 gives only 80 bits of security: set certificate_key = rsa2048 or stronger");
        }
    }
}
