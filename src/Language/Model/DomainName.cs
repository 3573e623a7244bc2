namespace Mibc.Language.Model;

/// <summary>A checked domain name, lower case, in its ASCII (punycode) and Unicode forms.</summary>
/// <param name="Ascii">The A-label form used in configs and DNS, such as <c>xn--bcher-kva.example</c>.</param>
/// <param name="Unicode">The form shown to people, such as <c>bücher.example</c>.</param>
public sealed record DomainName(string Ascii, string Unicode)
{
    /// <summary>Whether the name has a non-ASCII label.</summary>
    public bool IsInternational => Ascii != Unicode;

    /// <summary>Whether this name is <paramref name="other"/> or a name below it.</summary>
    public bool IsSameOrSubdomainOf(DomainName other) =>
        Ascii == other.Ascii || Ascii.EndsWith("." + other.Ascii, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Ascii;
}
