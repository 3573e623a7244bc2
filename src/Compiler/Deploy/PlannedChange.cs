using System.Collections.Immutable;
using Mibc.Targets.Bundles;

namespace Mibc.Compiler.Deploy;

/// <summary>What applying the bundle would do to one file.</summary>
/// <param name="Entry">The manifest entry.</param>
/// <param name="HostPath">The path on the host, under <c>--root</c> when one is given.</param>
/// <param name="Kind">Whether the file is created, updated or left alone.</param>
/// <param name="Reasons">For an update, what differs: content, mode, owner or group.</param>
/// <param name="Diff">A unified diff of the content, or a note such as "secret changed"; null when the content is the same.</param>
public sealed record PlannedChange(ManifestEntry Entry, string HostPath, FileChangeKind Kind, ImmutableArray<string> Reasons, string? Diff);
