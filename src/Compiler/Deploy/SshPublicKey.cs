using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Mibc.Compiler.Deploy;

/// <summary>An SSH public key in its wire form (RFC 4253, section 6.6), as host keys are compared.</summary>
/// <param name="Type">The key type named inside the blob, such as <c>ssh-ed25519</c>.</param>
/// <param name="Blob">The key blob.</param>
public sealed record SshPublicKey(string Type, byte[] Blob)
{
    /// <summary>The SHA-256 fingerprint as OpenSSH prints it: <c>SHA256:</c> and unpadded base64.</summary>
    public string Fingerprint => "SHA256:" + Convert.ToBase64String(SHA256.HashData(Blob)).TrimEnd('=');

    /// <summary>Whether both keys have the same blob.</summary>
    public bool SameKey(SshPublicKey other) => Blob.AsSpan().SequenceEqual(other.Blob);

    /// <summary>Reads a key from its blob, taking the type from the blob's first string.</summary>
    /// <exception cref="FormatException">The blob does not start with a type string.</exception>
    public static SshPublicKey FromBlob(byte[] blob) => new(ReadType(blob), blob);

    /// <summary>Parses OpenSSH's one-line form: type, base64 blob, and an optional comment.</summary>
    /// <exception cref="FormatException">The line is not of that form, or its type differs from the blob's.</exception>
    public static SshPublicKey ParseLine(string line)
    {
        var fields = line.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2)
        {
            throw new FormatException("expected a key type and a base64 key, as in 'ssh-ed25519 AAAAC3Nza...'");
        }

        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(fields[1]);
        }
        catch (FormatException)
        {
            throw new FormatException($"the key after '{fields[0]}' is not valid base64");
        }

        var key = FromBlob(blob);
        if (key.Type != fields[0])
        {
            throw new FormatException($"the line names key type '{fields[0]}' but the key is of type '{key.Type}'");
        }

        return key;
    }

    private static string ReadType(byte[] blob)
    {
        if (blob.Length < 4)
        {
            throw new FormatException("the key blob is too short");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(blob);
        if (length == 0 || length > 64 || length > blob.Length - 4)
        {
            throw new FormatException("the key blob does not start with a key type");
        }

        return Encoding.ASCII.GetString(blob, 4, (int)length);
    }
}
