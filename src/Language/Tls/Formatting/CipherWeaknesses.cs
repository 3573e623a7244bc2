namespace Mibc.Language.Tls;

/// <summary>
/// Finds and names the weaknesses of cipher suites.
/// </summary>
public static class CipherWeaknesses
{
    private static readonly (CipherWeakness Weakness, string Label)[] Labels =
    [
        (CipherWeakness.Export, "export"),
        (CipherWeakness.Anonymous, "anonymous"),
        (CipherWeakness.NoEncryption, "no encryption"),
        (CipherWeakness.Rc4, "RC4"),
        (CipherWeakness.SingleDes, "single DES"),
        (CipherWeakness.TripleDes, "3DES/Sweet32"),
        (CipherWeakness.Below112Bits, "under 112 bits"),
        (CipherWeakness.Below128Bits, "under 128 bits"),
    ];

    /// <summary>Returns every weakness of a suite.</summary>
    public static CipherWeakness Of(CipherSuite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var weakness = CipherWeakness.None;
        if (suite.IsExport)
        {
            weakness |= CipherWeakness.Export;
        }

        if (suite.IsAnonymous)
        {
            weakness |= CipherWeakness.Anonymous;
        }

        weakness |= suite.Encryption switch
        {
            Encryption.Null => CipherWeakness.NoEncryption,
            Encryption.Rc4 => CipherWeakness.Rc4,
            Encryption.Des => CipherWeakness.SingleDes,
            Encryption.TripleDes => CipherWeakness.TripleDes,
            _ => CipherWeakness.None,
        };

        // A suite without encryption has 0 strength bits, and "no encryption"
        // is more precise than a bit count.
        if (suite.Encryption != Encryption.Null)
        {
            if (suite.StrengthBits < 112)
            {
                weakness |= CipherWeakness.Below112Bits;
            }
            else if (suite.StrengthBits < 128)
            {
                weakness |= CipherWeakness.Below128Bits;
            }
        }

        return weakness;
    }

    /// <summary>Returns short English labels, such as "export" or "under 128 bits", in a fixed order.</summary>
    public static IReadOnlyList<string> Describe(CipherWeakness weakness) =>
        [.. Labels.Where(label => (weakness & label.Weakness) != 0).Select(label => label.Label)];
}
