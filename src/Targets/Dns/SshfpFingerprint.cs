using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Mibc.Targets.Dns;

/// <summary>The SSHFP record data of an SSH host key (RFC 4255, RFC 6594, RFC 7479).</summary>
/// <param name="Algorithm">The SSHFP algorithm number: 1 RSA, 2 DSA, 3 ECDSA, 4 Ed25519, 6 Ed448.</param>
/// <param name="Sha256">The SHA-256 of the key blob in lower-case hexadecimal (fingerprint type 2).</param>
public sealed record SshfpFingerprint(int Algorithm, string Sha256)
{
    private static readonly Dictionary<string, int> Algorithms = new(StringComparer.Ordinal)
    {
        ["ssh-rsa"] = 1,
        ["ssh-dss"] = 2,
        ["ecdsa-sha2-nistp256"] = 3,
        ["ecdsa-sha2-nistp384"] = 3,
        ["ecdsa-sha2-nistp521"] = 3,
        ["ssh-ed25519"] = 4,
        ["ssh-ed448"] = 6,
    };

    /// <summary>Reads a public key in OpenSSH's one-line form, <c>type base64 [comment]</c>, as in <c>ssh_host_ed25519_key.pub</c>.</summary>
    /// <exception cref="FormatException">The line is not such a key; the message says why.</exception>
    public static SshfpFingerprint FromOpenSshKey(string line)
    {
        var fields = line.Trim().Split((char[])[' ', '\t'], 3, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2)
        {
            throw new FormatException("it needs a key type and the key in base64, such as 'ssh-ed25519 AAAAC3Nza...'");
        }

        if (!Algorithms.TryGetValue(fields[0], out var algorithm))
        {
            throw new FormatException($"'{fields[0]}' is not a host key type SSHFP can publish (ssh-ed25519, ecdsa-sha2-nistp256, ssh-rsa and the like)");
        }

        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(fields[1]);
        }
        catch (FormatException)
        {
            throw new FormatException("the key after the type is not valid base64");
        }

        // The blob starts with its own type name as an SSH string (RFC 4253, section 6.6).
        if (blob.Length < 4 || BinaryPrimitives.ReadUInt32BigEndian(blob) is var length && length > blob.Length - 4
            || Encoding.ASCII.GetString(blob, 4, (int)length) != fields[0])
        {
            throw new FormatException($"the key data does not start with its type '{fields[0]}', so it is cut or belongs to another type");
        }

        return new SshfpFingerprint(algorithm, Convert.ToHexStringLower(SHA256.HashData(blob)));
    }
}
