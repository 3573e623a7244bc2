using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Mibc.Language.Model;

namespace Mibc.Targets.Dns.Dnssec;

/// <summary>
/// A zone's DNSSEC signing key: one combined signing key (flags 257) that signs the DNSKEY set and the zone.
/// </summary>
/// <param name="Zone">The zone in lower-case ASCII, without the final dot.</param>
/// <param name="Algorithm">The signing algorithm.</param>
/// <param name="PublicKey">The public key field of the DNSKEY record (RFC 3110 for RSA, RFC 6605 for ECDSA).</param>
/// <param name="PrivateKeyText">The private key in the BIND v1.2 format that ldns-signzone reads. Secret.</param>
public sealed record DnssecKey(string Zone, DnssecAlgorithm Algorithm, byte[] PublicKey, string PrivateKeyText)
{
    /// <summary>The DNSKEY flags: zone key and secure entry point.</summary>
    public const int Flags = 257;

    /// <summary>The DNSKEY protocol field, always 3 (RFC 4034, section 2.1.2).</summary>
    public const int Protocol = 3;

    /// <summary>The algorithm number.</summary>
    public int AlgorithmNumber => (int)Algorithm;

    /// <summary>The DNSKEY record data in wire form.</summary>
    public byte[] Rdata
    {
        get
        {
            var rdata = new byte[4 + PublicKey.Length];
            BinaryPrimitives.WriteUInt16BigEndian(rdata, Flags);
            rdata[2] = Protocol;
            rdata[3] = (byte)AlgorithmNumber;
            PublicKey.CopyTo(rdata, 4);
            return rdata;
        }
    }

    /// <summary>The key tag (RFC 4034, appendix B), which names the key in DS and RRSIG records.</summary>
    public int KeyTag
    {
        get
        {
            var rdata = Rdata;
            long sum = 0;
            for (var index = 0; index < rdata.Length; index++)
            {
                sum += (index & 1) == 1 ? rdata[index] : rdata[index] << 8;
            }

            sum += (sum >> 16) & 0xFFFF;
            return (int)(sum & 0xFFFF);
        }
    }

    /// <summary>The file name stem ldns and BIND use: <c>K&lt;zone&gt;.+&lt;alg&gt;+&lt;tag&gt;</c>.</summary>
    public string BaseName => string.Create(CultureInfo.InvariantCulture, $"K{Zone}.+{AlgorithmNumber:000}+{KeyTag:00000}");

    /// <summary>The DNSKEY record as the <c>.key</c> file holds it.</summary>
    public string DnskeyRecord => string.Create(CultureInfo.InvariantCulture, $"{Zone}. IN DNSKEY {Flags} {Protocol} {AlgorithmNumber} {Convert.ToBase64String(PublicKey)}");

    /// <summary>The SHA-256 digest of the DS record (RFC 4509): over the owner name in wire form and the DNSKEY data.</summary>
    public string DsDigest
    {
        get
        {
            var owner = WireName(Zone);
            var rdata = Rdata;
            var input = new byte[owner.Length + rdata.Length];
            owner.CopyTo(input, 0);
            rdata.CopyTo(input, owner.Length);
            return Convert.ToHexStringLower(SHA256.HashData(input));
        }
    }

    /// <summary>The DS record data: key tag, algorithm, digest type 2 (SHA-256) and digest.</summary>
    public string DsData => string.Create(CultureInfo.InvariantCulture, $"{KeyTag} {AlgorithmNumber} 2 {DsDigest}");

    /// <summary>Generates a new key for a zone.</summary>
    public static DnssecKey Generate(string zone, DnssecAlgorithm algorithm)
    {
        if (algorithm == DnssecAlgorithm.EcdsaP256Sha256)
        {
            using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var parameters = ecdsa.ExportParameters(includePrivateParameters: true);
            var publicKey = parameters.Q.X!.Concat(parameters.Q.Y!).ToArray();
            var text = "Private-key-format: v1.2\nAlgorithm: 13 (ECDSAP256SHA256)\n"
                + $"PrivateKey: {Convert.ToBase64String(parameters.D!)}\n";
            return new DnssecKey(zone, algorithm, publicKey, text);
        }

        using var rsa = RSA.Create(2048);
        var rsaParameters = rsa.ExportParameters(includePrivateParameters: true);
        var exponent = rsaParameters.Exponent!;
        var rsaPublicKey = new[] { (byte)exponent.Length }.Concat(exponent).Concat(rsaParameters.Modulus!).ToArray();
        var fields = new (string Name, byte[] Value)[]
        {
            ("Modulus", rsaParameters.Modulus!),
            ("PublicExponent", exponent),
            ("PrivateExponent", rsaParameters.D!),
            ("Prime1", rsaParameters.P!),
            ("Prime2", rsaParameters.Q!),
            ("Exponent1", rsaParameters.DP!),
            ("Exponent2", rsaParameters.DQ!),
            ("Coefficient", rsaParameters.InverseQ!),
        };
        var rsaText = "Private-key-format: v1.2\nAlgorithm: 8 (RSASHA256)\n"
            + string.Concat(fields.Select(field => $"{field.Name}: {Convert.ToBase64String(field.Value)}\n"));
        return new DnssecKey(zone, algorithm, rsaPublicKey, rsaText);
    }

    /// <summary>Reads a key from its <c>.key</c> and <c>.private</c> files' text.</summary>
    /// <exception cref="FormatException">The files do not hold a key of the zone; the message says why.</exception>
    public static DnssecKey Read(string zone, string keyFileText, string privateKeyText)
    {
        var line = keyFileText.Split('\n').Select(text => text.Trim()).FirstOrDefault(text => text.Length > 0 && !text.StartsWith(';'))
            ?? throw new FormatException("the .key file contains no DNSKEY record");
        var fields = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 7 || !fields[0].Equals(zone + ".", StringComparison.OrdinalIgnoreCase) || fields[2] != "DNSKEY" || fields[3] != "257")
        {
            throw new FormatException($"the .key file does not hold the line '{zone}. IN DNSKEY 257 3 <algorithm> <key>'");
        }

        var algorithm = (DnssecAlgorithm)int.Parse(fields[5], CultureInfo.InvariantCulture);
        if (!Enum.IsDefined(algorithm) || !privateKeyText.Contains($"Algorithm: {(int)algorithm} ", StringComparison.Ordinal))
        {
            throw new FormatException($"the algorithm {fields[5]} of the .key file is not 8 or 13, or differs from the .private file");
        }

        return new DnssecKey(zone, algorithm, Convert.FromBase64String(string.Concat(fields.Skip(6))), privateKeyText);
    }

    /// <summary>Returns a placeholder for the private key so it never reaches a log.</summary>
    public override string ToString() => $"DnssecKey {{ {BaseName} }}";

    private static byte[] WireName(string name)
    {
        var labels = name.Split('.');
        var wire = new List<byte>();
        foreach (var label in labels)
        {
            wire.Add((byte)label.Length);
            wire.AddRange(label.ToLowerInvariant().Select(c => (byte)c));
        }

        wire.Add(0);
        return [.. wire];
    }
}
