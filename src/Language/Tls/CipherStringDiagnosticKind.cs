namespace Mibc.Language.Tls;

/// <summary>What a cipher-string diagnostic reports.</summary>
public enum CipherStringDiagnosticKind
{
    /// <summary>
    /// A character or command OpenSSL cannot parse, such as "HIGH/MEDIUM",
    /// "RSA+" or "@FOO". OpenSSL rejects the whole string.
    /// </summary>
    InvalidCommand,

    /// <summary>The string selects no suite. OpenSSL rejects it.</summary>
    NoCipherMatch,

    /// <summary>
    /// A name that no modelled OpenSSL release defines, such as a typo, a
    /// lower-case alias or an IANA suite name. OpenSSL ignores the entry.
    /// </summary>
    UnknownName,

    /// <summary>
    /// A name that only the other release defines, or that this release
    /// defines but the modelled build lacks, such as EXPORT or RC4 in 3.0.
    /// OpenSSL ignores the entry.
    /// </summary>
    UnavailableName,

    /// <summary>
    /// DEFAULT or a SUITEB keyword away from the start of the string, or text
    /// after a SUITEB keyword. OpenSSL ignores it.
    /// </summary>
    IgnoredText,

    /// <summary>
    /// A "+"-joined entry whose parts exclude each other, such as "RSA+DHE".
    /// OpenSSL ignores the entry.
    /// </summary>
    EmptyCombination,

    /// <summary>
    /// A TLS 1.2 suite in the TLS 1.3 ciphersuites setting. OpenSSL 3.0
    /// accepts it and offers it first; mibc leaves it out.
    /// </summary>
    NotATls13Suite,
}
