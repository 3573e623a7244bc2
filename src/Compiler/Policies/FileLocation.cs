namespace Mibc.Compiler.Policies;

/// <summary>A place in a policy file, by pack and file index, so it survives the cache while display paths change.</summary>
/// <param name="Pack">The index of the pack in the pack set.</param>
/// <param name="File">The index of the file in its pack.</param>
/// <param name="Start">The offset of the first character.</param>
/// <param name="Length">The number of characters.</param>
internal sealed record FileLocation(int Pack, int File, int Start, int Length);
