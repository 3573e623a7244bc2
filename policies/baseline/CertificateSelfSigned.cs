using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2107", "certificate-self-signed",
    Level = RuleLevel.Off,
    Category = "certificates",
    Summary = "Notes that the box serves a self-signed certificate, which mail clients must be told to trust.",
    Help = """
        mibc makes a self-signed certificate on the host unless box.mib asks for Let's Encrypt, so every
        listener has TLS from the first apply. Mail clients and browsers warn about a self-signed
        certificate until each user trusts it, and a user who learns to click the warning away will also
        accept an attacker's certificate.

        The rule is off by default, because a self-signed certificate is mibc's deliberate default and
        the note would show on every such box. Turn it on with MIB2107 = info in policy { rules { ... } }.

        Fix: set certificate = lets_encrypt once the host name resolves to the box from the internet, or
        hand the certificate's fingerprint to users so they can check it.
        """)]
public sealed class CertificateSelfSigned : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var certificate = context.Box.Policy.Certificate;
        var host = context.Box.Host.Name;
        if (certificate.Value == CertificateKind.SelfSigned)
        {
            // A default value points at the block that would set it, or at the start of the file when there
            // is no policy block. The host name is a better place for the note.
            var location = certificate.IsDefault ? host.Span : certificate.Span;
            context.Report(location,
                $"{host.Value.Unicode} serves a self-signed certificate, so mail clients warn until each user trusts it: set certificate = lets_encrypt once the host is reachable from the internet");
        }
    }
}
