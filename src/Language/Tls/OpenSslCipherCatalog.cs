using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Mibc.Language.Tls;

/// <summary>
/// The cipher suites and aliases one OpenSSL release defines, split into those
/// the modelled build can use and those it cannot (compiled out, or needing an
/// algorithm its crypto library lacks).
/// </summary>
public sealed class OpenSslCipherCatalog
{
    private static readonly OpenSslCipherCatalog OpenSsl30 = new(
        OpenSslVersion.V3_0, CipherTables.OpenSsl30Suites, CipherTables.OpenSsl30Tls13Suites, CipherTables.OpenSsl30Aliases);

    private static readonly OpenSslCipherCatalog OpenSsl101 = new(
        OpenSslVersion.V1_0_1, CipherTables.OpenSsl101Suites, [], CipherTables.OpenSsl101Aliases);

    private readonly FrozenDictionary<string, CipherSuite> suitesByName;
    private readonly FrozenDictionary<string, CipherSuite> suitesByIanaName;
    private readonly FrozenDictionary<string, CipherAlias> aliasesByName;
    private readonly FrozenSet<string> unavailableNames;

    private OpenSslCipherCatalog(
        OpenSslVersion version, CipherTableEntry[] suites, CipherTableEntry[] tls13Suites, CipherAlias[] aliases)
    {
        Version = version;
        Suites = [.. suites.Where(entry => entry.Available).Select(entry => entry.Suite)];
        Tls13Suites = [.. tls13Suites.Select(entry => entry.Suite)];
        suitesByName = Suites.ToFrozenDictionary(suite => suite.OpenSslName, StringComparer.Ordinal);
        suitesByIanaName = suites.Concat(tls13Suites)
            .Select(entry => entry.Suite)
            .Where(suite => suite.IanaName.Length > 0)
            .ToFrozenDictionary(suite => suite.IanaName, StringComparer.Ordinal);

        // NOTE: OpenSSL takes the first alias of a name in table order.
        aliasesByName = aliases
            .Where(alias => alias.Available)
            .DistinctBy(alias => alias.Name)
            .ToFrozenDictionary(alias => alias.Name, StringComparer.Ordinal);
        unavailableNames = suites.Where(entry => !entry.Available).Select(entry => entry.Suite.OpenSslName)
            .Concat(aliases.Where(alias => !alias.Available).Select(alias => alias.Name))
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Returns the catalog of an OpenSSL release.</summary>
    public static OpenSslCipherCatalog For(OpenSslVersion version) => version switch
    {
        OpenSslVersion.V3_0 => OpenSsl30,
        OpenSslVersion.V1_0_1 => OpenSsl101,
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "unknown OpenSSL version"),
    };

    /// <summary>The release.</summary>
    public OpenSslVersion Version { get; }

    /// <summary>
    /// The usable suites up to TLS 1.2, in the order of OpenSSL's
    /// ssl3_ciphers[] table (mostly ascending by suite id).
    /// </summary>
    public ImmutableArray<CipherSuite> Suites { get; }

    /// <summary>The TLS 1.3 suites, empty for releases without TLS 1.3.</summary>
    public ImmutableArray<CipherSuite> Tls13Suites { get; }

    /// <summary>Finds a usable suite up to TLS 1.2 by its OpenSSL name; names are case-sensitive.</summary>
    public bool TryFindSuite(string openSslName, [NotNullWhen(true)] out CipherSuite? suite) =>
        suitesByName.TryGetValue(openSslName, out suite);

    /// <summary>
    /// Finds a suite by its IANA name, including TLS 1.3 suites and suites
    /// this build cannot use.
    /// </summary>
    public bool TryFindByIanaName(string ianaName, [NotNullWhen(true)] out CipherSuite? suite) =>
        suitesByIanaName.TryGetValue(ianaName, out suite);

    /// <summary>Finds a usable alias by name.</summary>
    internal bool TryFindAlias(string name, [NotNullWhen(true)] out CipherAlias? alias) =>
        aliasesByName.TryGetValue(name, out alias);

    /// <summary>Whether the release names a suite or alias that this build cannot use.</summary>
    internal bool IsUnavailableName(string name) => unavailableNames.Contains(name);

    /// <summary>The usable suite and alias names.</summary>
    internal IEnumerable<string> Names => suitesByName.Keys.Concat(aliasesByName.Keys);

    /// <summary>Returns the usable suite or alias names that equal a name when case is ignored.</summary>
    internal IEnumerable<string> NamesIgnoringCase(string name) =>
        suitesByName.Keys.Concat(aliasesByName.Keys)
            .Where(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase));
}
