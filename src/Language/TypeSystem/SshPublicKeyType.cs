using System.Buffers.Binary;
using Mibc.Language.Diagnostics;
using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>An SSH public key in OpenSSH's one-line form: algorithm, base64 key blob and an optional comment.</summary>
public sealed class SshPublicKeyType : MibType
{
    /// <summary>The algorithms SSHFP records can publish (RFC 4255, RFC 6594, RFC 7479).</summary>
    public static readonly IReadOnlyList<string> Algorithms =
        ["ssh-rsa", "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"];

    /// <summary>The one instance.</summary>
    public static SshPublicKeyType Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "ssh-public-key";

    /// <inheritdoc />
    public override string Expected => "an SSH public key in quotes, such as \"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA...\"";

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key)
    {
        if (syntax is not StringLiteralSyntax literal)
        {
            return Mismatch(syntax, context, key);
        }

        var problem = Check(literal.Value);
        if (problem is not null)
        {
            context.Report(DiagnosticCatalog.InvalidSshKey, syntax.Span, Shorten(literal.Value), problem);
            return null;
        }

        return literal.Value;
    }

    private static string? Check(string line)
    {
        if (line.Any(char.IsControl))
        {
            return "it contains a line break or other control character";
        }

        var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return "expected an algorithm and a base64 key separated by a space";
        }

        if (!Algorithms.Contains(parts[0]))
        {
            return $"the algorithm '{parts[0]}' is not one of {Suggestions.JoinAlternatives(Algorithms)}";
        }

        byte[] blob;
        try
        {
            blob = System.Convert.FromBase64String(parts[1]);
        }
        catch (FormatException)
        {
            return "the key part is not valid base64";
        }

        // The blob starts with its own algorithm name as a length-prefixed string; it must match the first word.
        if (blob.Length < 4 || BinaryPrimitives.ReadInt32BigEndian(blob) is var length && (length < 0 || 4 + length > blob.Length)
            || System.Text.Encoding.ASCII.GetString(blob, 4, length) != parts[0])
        {
            return $"the key blob does not hold a key of type {parts[0]}";
        }

        return null;
    }
}
