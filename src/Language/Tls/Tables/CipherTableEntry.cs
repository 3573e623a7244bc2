namespace Mibc.Language.Tls;

/// <summary>
/// A suite from an OpenSSL source table and whether the modelled build can
/// use it. Unavailable suites are compiled out or need an algorithm the
/// crypto library lacks; OpenSSL treats their names as unknown.
/// </summary>
internal sealed record CipherTableEntry(CipherSuite Suite, bool Available);
