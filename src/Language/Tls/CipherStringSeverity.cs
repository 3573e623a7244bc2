namespace Mibc.Language.Tls;

/// <summary>How serious a cipher-string diagnostic is.</summary>
public enum CipherStringSeverity
{
    /// <summary>The setting works, but part of it has no effect.</summary>
    Warning,

    /// <summary>The setting fails in OpenSSL, or does not do what it names.</summary>
    Error,
}
