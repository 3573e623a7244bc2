using System.Collections.Immutable;
using System.Reflection;

namespace Mibc.Language.Diagnostics;

/// <summary>
/// Every diagnostic mibc itself reports, each with a stable code.
/// </summary>
/// <remarks>
/// Ranges: MIB0xxx syntax, MIB1xxx names and types, MIB2xxx security policies,
/// MIB3xxx targets, MIB4xxx deployment. Other files of this partial class hold the later ranges.
/// NOTE: a code keeps its meaning forever. A retired code moves to <see cref="Retired"/> with the reason.
/// </remarks>
public static partial class DiagnosticCatalog
{
    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> AllDescriptors = new(() =>
        [.. typeof(DiagnosticCatalog)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .OrderBy(descriptor => descriptor.Code, StringComparer.Ordinal)]);

    /// <summary>Every descriptor in the catalog, ordered by code.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => AllDescriptors.Value;

    /// <summary>Codes no longer reported, with the reason each was retired. None yet.</summary>
    public static ImmutableDictionary<string, string> Retired { get; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Finds a descriptor by its code.</summary>
    public static DiagnosticDescriptor? Find(string code) =>
        All.FirstOrDefault(descriptor => descriptor.Code.Equals(code, StringComparison.OrdinalIgnoreCase));
}
