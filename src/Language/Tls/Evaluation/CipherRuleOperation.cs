namespace Mibc.Language.Tls;

/// <summary>
/// What a cipher-string entry does to the suites it selects, named after
/// the CIPHER_* rules of OpenSSL's ssl_ciph.c.
/// </summary>
internal enum CipherRuleOperation
{
    /// <summary>No prefix (CIPHER_ADD): append inactive suites at the end.</summary>
    Add,

    /// <summary>'+' (CIPHER_ORD): move active suites to the end.</summary>
    MoveToEnd,

    /// <summary>'-' (CIPHER_DEL): deactivate, and move to the front so a later add restores the order.</summary>
    Delete,

    /// <summary>'!' (CIPHER_KILL): remove for good.</summary>
    Kill,

    /// <summary>CIPHER_BUMP, used only by OpenSSL 3.0's default ordering: move active suites to the front.</summary>
    MoveToFront,

    /// <summary>'@STRENGTH': stable sort of the active suites by descending strength bits.</summary>
    SortByStrength,
}
