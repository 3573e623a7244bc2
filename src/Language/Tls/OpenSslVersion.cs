namespace Mibc.Language.Tls;

/// <summary>
/// An OpenSSL release whose cipher-string rules mibc models.
/// </summary>
public enum OpenSslVersion
{
    /// <summary>
    /// OpenSSL 1.0.1, the release of Ubuntu 14.04, built as Debian packages
    /// it: without SSLv2, IDEA and Kerberos, but with EXPORT, RC4, DES, NULL
    /// and anonymous suites.
    /// </summary>
    V1_0_1,

    /// <summary>
    /// OpenSSL 3.0 as Debian 12, Ubuntu 22.04 and Ubuntu 24.04 ship it: built
    /// without the weak (RC4 and 3DES) suites, with the default provider only.
    /// </summary>
    V3_0,
}
