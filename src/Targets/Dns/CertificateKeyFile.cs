using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mibc.Language.Model;
using Mibc.Targets.Keys;

namespace Mibc.Targets.Dns;

/// <summary>
/// The public key of the box's TLS certificate, kept in <c>keys/tls-public-key.pem</c> so TLSA records can pin it.
/// </summary>
/// <remarks>
/// The certificate and its key are made on the host, so mibc learns the key only when someone stores it here:
/// the output of <c>openssl x509 -in CERT -pubkey -noout</c>, or the certificate itself in PEM.
/// </remarks>
public static class CertificateKeyFile
{
    /// <summary>The file's path relative to the key store.</summary>
    public const string RelativePath = "tls-public-key.pem";

    /// <summary>Reads the DER SubjectPublicKeyInfo from the store, or returns null when the file is absent.</summary>
    /// <exception cref="FormatException">The file contains neither a public key nor a certificate in PEM.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static byte[]? Read(KeyStore store) =>
        store.Exists(RelativePath) ? ParseSubjectPublicKeyInfo(store.ReadText(RelativePath)) : null;

    /// <summary>Stores a public key or certificate in PEM, for <c>mibc plan</c> after it read the host's certificate.</summary>
    /// <exception cref="FormatException">The text contains neither a public key nor a certificate in PEM.</exception>
    public static void Write(KeyStore store, string pem)
    {
        var spki = ParseSubjectPublicKeyInfo(pem);
        store.WriteText(RelativePath, PemEncoding.WriteString("PUBLIC KEY", spki) + "\n");
    }

    /// <summary>Returns the DER SubjectPublicKeyInfo of a PEM public key or certificate.</summary>
    /// <exception cref="FormatException">The text contains neither.</exception>
    public static byte[] ParseSubjectPublicKeyInfo(string pem)
    {
        try
        {
            var found = PemEncoding.Find(pem);
            var label = pem[found.Label];
            var der = Convert.FromBase64String(pem[found.Base64Data]);
            if (label == "CERTIFICATE")
            {
                using var certificate = X509CertificateLoader.LoadCertificate(der);
                return certificate.PublicKey.ExportSubjectPublicKeyInfo();
            }

            if (label == "PUBLIC KEY")
            {
                // Importing proves the bytes are a key, not just any DER.
                return PublicKey.CreateFromSubjectPublicKeyInfo(der, out _).ExportSubjectPublicKeyInfo();
            }

            throw new FormatException($"it contains a PEM block of type '{label}', but needs 'PUBLIC KEY' or 'CERTIFICATE'");
        }
        catch (Exception error) when (error is ArgumentException or CryptographicException)
        {
            throw new FormatException("it contains no PEM public key or certificate", error);
        }
    }

    /// <summary>Returns the key type of a SubjectPublicKeyInfo as the policy's certificate_key names it, or null for others.</summary>
    public static CertificateKeySpec? KeyTypeOf(byte[] spki)
    {
        var key = PublicKey.CreateFromSubjectPublicKeyInfo(spki, out _);
        using var rsa = key.GetRSAPublicKey();
        if (rsa is not null)
        {
            return rsa.KeySize switch
            {
                1024 => CertificateKeySpec.Rsa1024,
                2048 => CertificateKeySpec.Rsa2048,
                3072 => CertificateKeySpec.Rsa3072,
                4096 => CertificateKeySpec.Rsa4096,
                _ => null,
            };
        }

        using var ecdsa = key.GetECDsaPublicKey();
        return ecdsa?.KeySize switch
        {
            256 => CertificateKeySpec.EcdsaP256,
            384 => CertificateKeySpec.EcdsaP384,
            _ => null,
        };
    }

    /// <summary>Returns the TLSA 3 1 1 data: the SHA-256 of the SubjectPublicKeyInfo, in lower-case hexadecimal.</summary>
    public static string TlsaSha256(byte[] spki) => Convert.ToHexStringLower(SHA256.HashData(spki));
}
