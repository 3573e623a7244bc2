using System.Collections.Immutable;
using Mibc.Language.Model;

namespace Mibc.Targets.Deploy;

/// <summary>The self-signed certificate apply.sh makes with OpenSSL when the host has none.</summary>
/// <param name="KeyArguments">The <c>openssl req</c> arguments that choose the key, such as <c>-newkey rsa:2048</c>.</param>
/// <param name="Digest">The signature hash, such as <c>sha256</c>.</param>
/// <param name="CommonName">The subject's common name: the host name.</param>
/// <param name="Names">The DNS names of the subject alternative name extension, host name first.</param>
/// <param name="Days">How long the certificate is valid.</param>
public sealed record SelfSignedCertificate(
    ImmutableArray<string> KeyArguments,
    string Digest,
    string CommonName,
    ImmutableArray<string> Names,
    int Days)
{
    /// <summary>The validity of a new certificate: 825 days, the most that iOS 13 and macOS 10.15 accept for any TLS server certificate.</summary>
    public const int DefaultDays = 825;

    /// <summary>The standard names each mail domain serves: the web site, mail client autoconfiguration and MTA-STS.</summary>
    public static ImmutableArray<string> DomainPrefixes { get; } = ["", "www.", "autoconfig.", "autodiscover.", "mta-sts."];

    /// <summary>The services that read the certificate and so reload when it is made.</summary>
    public static ImmutableArray<string> Services { get; } = ["postfix", "dovecot", "nginx"];

    /// <summary>Creates the certificate settings from the box's host name, domains and certificate policy.</summary>
    /// <remarks>
    /// The key is the policy's certificate key, which a policy rule checks before any build writes a bundle.
    /// The signature hash is the policy's CSR digest, but never weaker than SHA-256.
    /// </remarks>
    public static SelfSignedCertificate From(BoxModel model)
    {
        var host = model.Host.Name.Value.Ascii;
        var names = new List<string> { host };
        foreach (var domain in model.Domains)
        {
            names.AddRange(DomainPrefixes.Select(prefix => prefix + domain.Name.Value.Ascii));
        }

        return new SelfSignedCertificate(
            KeyArgumentsFor(model.Policy.CertificateKey.Value),
            DigestFor(model.Policy.CsrDigest.Value),
            host,
            [.. names.Distinct(StringComparer.Ordinal)],
            DefaultDays);
    }

    private static ImmutableArray<string> KeyArgumentsFor(CertificateKeySpec key) => key switch
    {
        CertificateKeySpec.Rsa1024 => ["-newkey", "rsa:1024"],
        CertificateKeySpec.Rsa3072 => ["-newkey", "rsa:3072"],
        CertificateKeySpec.Rsa4096 => ["-newkey", "rsa:4096"],
        CertificateKeySpec.EcdsaP256 => ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"],
        CertificateKeySpec.EcdsaP384 => ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384"],
        _ => ["-newkey", "rsa:2048"],
    };

    private static string DigestFor(CsrDigest digest) => digest switch
    {
        CsrDigest.Sha384 => "sha384",
        CsrDigest.Sha512 => "sha512",
        _ => "sha256",
    };
}
