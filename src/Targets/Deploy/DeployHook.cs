namespace Mibc.Targets.Deploy;

/// <summary>
/// A shell command that apply.sh runs after placing the files of <see cref="Service"/> and before checking them,
/// such as signing DNS zones.
/// </summary>
/// <remarks>
/// The command runs under <c>bash -c</c> as root, only when a file of the service changed. The environment variable
/// <c>MIBC_ROOT</c> holds the <c>--root</c> directory, or is empty on a real host, so commands write
/// <c>"$MIBC_ROOT/etc/..."</c>. A failing command (non-zero exit) restores every file like a failed check.
/// NOTE: files a hook writes are not backed up, so a hook should only write files it derives from placed ones.
/// </remarks>
/// <param name="Service">The service whose changed files start the hook, such as <c>nsd</c>.</param>
/// <param name="Description">What the hook does, printed before it runs.</param>
/// <param name="Command">The bash command line.</param>
public sealed record DeployHook(string Service, string Description, string Command);
