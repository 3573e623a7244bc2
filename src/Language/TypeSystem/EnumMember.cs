namespace Mibc.Language.TypeSystem;

/// <summary>One word an enumeration accepts.</summary>
/// <param name="Word">The word as written in box.mib, such as <c>ubuntu_24_04</c>.</param>
/// <param name="Value">The model value it stands for.</param>
/// <param name="Description">What choosing it means, for the language reference.</param>
public sealed record EnumMember(string Word, object Value, string Description);
