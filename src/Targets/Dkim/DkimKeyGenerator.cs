using System.Security.Cryptography;
using Mibc.Language.Model;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Mibc.Targets.Dkim;

/// <summary>Makes DKIM keys and reads them back from PEM.</summary>
/// <remarks>
/// RSA keys come from .NET; Ed25519 keys from BouncyCastle, because .NET has no Ed25519. Both are written as
/// PKCS#8 PEM, which OpenDKIM 2.11 reads for either type.
/// </remarks>
public static class DkimKeyGenerator
{
    /// <summary>Generates a new private key of a type, as PKCS#8 PEM.</summary>
    public static string Generate(DkimKeyType keyType)
    {
        if (keyType == DkimKeyType.Ed25519)
        {
            var generator = new Ed25519KeyPairGenerator();
            generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
            var pair = generator.GenerateKeyPair();
            // A version 1 PKCS#8 structure without the public key: OpenSSL 3.0, and so OpenDKIM, cannot read
            // BouncyCastle's default version 2 form with the public key attached.
            var privateKey = (Ed25519PrivateKeyParameters)pair.Private;
            var der = new Org.BouncyCastle.Asn1.Pkcs.PrivateKeyInfo(
                new Org.BouncyCastle.Asn1.X509.AlgorithmIdentifier(Org.BouncyCastle.Asn1.EdEC.EdECObjectIdentifiers.id_Ed25519),
                new Org.BouncyCastle.Asn1.DerOctetString(privateKey.GetEncoded())).GetDerEncoded();
            return PemEncoding.WriteString("PRIVATE KEY", der) + "\n";
        }

        using var rsa = RSA.Create(keyType == DkimKeyType.Rsa4096 ? 4096 : 2048);
        return rsa.ExportPkcs8PrivateKeyPem() + "\n";
    }

    /// <summary>Reads a private key's type and its public key in the form of the DNS record's <c>p=</c> tag.</summary>
    /// <exception cref="FormatException">The text contains no RSA or Ed25519 private key in PEM form.</exception>
    public static (DkimKeyType KeyType, string PublicKey) ReadPublicKey(string pem)
    {
        AsymmetricKeyParameter key;
        try
        {
            var found = PemEncoding.Find(pem);
            var label = pem[found.Label];
            var der = Convert.FromBase64String(pem[found.Base64Data]);
            key = label switch
            {
                "PRIVATE KEY" => PrivateKeyFactory.CreateKey(der),
                "RSA PRIVATE KEY" => PrivateKeyFactory.CreateKey(Pkcs1ToPkcs8(der)),
                _ => throw new FormatException($"it contains a PEM block of type '{label}', not a private key"),
            };
        }
        catch (Exception error) when (error is ArgumentException or InvalidCastException or IOException or CryptographicException or SecurityUtilityException)
        {
            throw new FormatException("it contains no private key in PEM form", error);
        }

        switch (key)
        {
            case Ed25519PrivateKeyParameters ed25519:
                return (DkimKeyType.Ed25519, Convert.ToBase64String(ed25519.GeneratePublicKey().GetEncoded()));
            case RsaPrivateCrtKeyParameters rsa:
                var bits = rsa.Modulus.BitLength;
                var type = bits switch
                {
                    2048 => DkimKeyType.Rsa2048,
                    4096 => DkimKeyType.Rsa4096,
                    _ => throw new FormatException($"it contains an RSA key of {bits} bits, but DKIM keys here are 2048 or 4096 bits"),
                };
                var publicKey = SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(new RsaKeyParameters(false, rsa.Modulus, rsa.PublicExponent));
                return (type, Convert.ToBase64String(publicKey.GetDerEncoded()));
            default:
                throw new FormatException("it contains a private key that is neither RSA nor Ed25519");
        }
    }

    // OpenSSL 1.x and opendkim-genkey write PKCS#1 ("BEGIN RSA PRIVATE KEY"); .NET converts it to PKCS#8.
    private static byte[] Pkcs1ToPkcs8(byte[] der)
    {
        using var rsa = RSA.Create();
        rsa.ImportRSAPrivateKey(der, out _);
        return rsa.ExportPkcs8PrivateKey();
    }
}
