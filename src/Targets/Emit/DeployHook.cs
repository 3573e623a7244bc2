using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Mibc.Targets.Emit;

/// <summary>
/// A command <c>apply.sh</c> runs after it has placed the bundle's files and before it validates configs and
/// reloads services, because a file it belongs to changed.
/// </summary>
/// <remarks>
/// The contract with the deploy script: each distinct hook of the changed files runs once, in manifest order,
/// as <c>&lt;Command&gt; &lt;Arguments...&gt; --root &lt;DIR&gt;</c>, where DIR is <c>/</c> on a real host and the
/// staging directory in <c>--root</c> mode. A hook exits non-zero on failure, and apply.sh then rolls back as it does
/// for a failed validation and runs the hooks once more, so files they derive match the restored ones.
/// Hooks control no services when DIR is not <c>/</c>.
/// </remarks>
/// <param name="Command">The absolute path of the program on the host, usually a file of the same bundle.</param>
/// <param name="Arguments">Arguments before the <c>--root</c> option.</param>
public sealed record DeployHook(
    [property: JsonPropertyName("command")] string Command,
    [property: JsonPropertyName("arguments")] ImmutableArray<string> Arguments)
{
    /// <summary>The hook as one shell-free line, for logs and equality in tests.</summary>
    public override string ToString() => string.Join(' ', [Command, .. Arguments]);

    /// <inheritdoc />
    public bool Equals(DeployHook? other) =>
        other is not null && Command == other.Command && Arguments.SequenceEqual(other.Arguments);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Command, string.Join('\0', Arguments));
}
