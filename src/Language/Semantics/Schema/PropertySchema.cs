using Mibc.Language.TypeSystem;

namespace Mibc.Language.Semantics.Schema;

/// <summary>A key a block accepts.</summary>
/// <param name="Name">The key.</param>
/// <param name="Type">The values it accepts.</param>
/// <param name="Description">What it sets, for the language reference.</param>
/// <param name="Default">The model value used when the key is left out, or null for none.</param>
/// <param name="DefaultText">The default as the reference shows it, such as <c>ubuntu_24_04</c>.</param>
/// <param name="Required">Whether leaving the key out is an error.</param>
/// <param name="Example">The key with a value, as written in box.mib.</param>
public sealed record PropertySchema(
    string Name,
    MibType Type,
    string Description,
    object? Default = null,
    string? DefaultText = null,
    bool Required = false,
    string? Example = null);
