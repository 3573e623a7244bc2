namespace Mibc.Compiler.Policies;

/// <summary>Settings of the policy host.</summary>
/// <param name="ExtraPackDirectories">Pack directories from the command line, in addition to box.mib's <c>packs</c>.</param>
/// <param name="CacheDirectory">Where compiled pack sets are cached, or null to compile every time.</param>
/// <param name="Limits">The budget of each rule run.</param>
public sealed record PolicyHostOptions(
    IReadOnlyList<string> ExtraPackDirectories,
    string? CacheDirectory,
    PolicyLimits Limits)
{
    /// <summary>Options with the default cache directory and limits.</summary>
    public static PolicyHostOptions Default(IReadOnlyList<string>? extraPackDirectories = null) =>
        new(extraPackDirectories ?? [], PolicyCache.DefaultDirectory(), PolicyLimits.Default);
}
