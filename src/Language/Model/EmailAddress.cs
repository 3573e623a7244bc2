namespace Mibc.Language.Model;

/// <summary>A checked email address, lower case, with an ASCII local part.</summary>
/// <param name="LocalPart">The part before the <c>@</c>.</param>
/// <param name="Domain">The part after the <c>@</c>.</param>
public sealed record EmailAddress(string LocalPart, DomainName Domain)
{
    /// <summary>The address as configs need it, with the domain in ASCII form.</summary>
    public string Ascii => LocalPart + "@" + Domain.Ascii;

    /// <summary>The address as people read it.</summary>
    public string Unicode => LocalPart + "@" + Domain.Unicode;

    /// <inheritdoc />
    public override string ToString() => Ascii;
}
