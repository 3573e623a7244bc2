namespace Mibc.Language.Model;

/// <summary>A password hash in Dovecot's <c>{SCHEME}value</c> form.</summary>
/// <param name="Scheme">The upper-case scheme name, such as <c>SHA512-CRYPT</c>.</param>
/// <param name="Value">The hash after the scheme prefix.</param>
public sealed record PasswordHash(string Scheme, string Value)
{
    /// <summary>The full form Dovecot's passwd-file expects.</summary>
    public string Text => "{" + Scheme + "}" + Value;

    /// <summary>Returns a placeholder, so a hash never reaches a log by accident.</summary>
    public override string ToString() => "{" + Scheme + "}(hidden)";
}
