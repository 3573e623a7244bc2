using System.Collections.Concurrent;
using Spectre.Console;

namespace Mibc.Compiler.Deploy;

/// <summary>Shows one Spectre.Console progress bar per box on a terminal, with output lines printed above the bars.</summary>
/// <param name="context">The running progress display.</param>
/// <param name="prefixBoxes">Whether to start each line with <c>[box]</c>.</param>
public sealed class ProgressDeployReporter(ProgressContext context, bool prefixBoxes) : IDeployReporter
{
    private readonly ConcurrentDictionary<string, ProgressTask> tasks = new();
    private readonly Lock gate = new();

    /// <inheritdoc />
    public void Line(string box, string text)
    {
        lock (gate)
        {
            AnsiConsole.WriteLine(prefixBoxes ? $"[{box}] {text}" : text);
        }
    }

    /// <inheritdoc />
    public void UploadStarted(string box, long totalBytes, string remoteDirectory)
    {
        var task = tasks.GetOrAdd(box, name => context.AddTask(Markup.Escape(name)));
        task.MaxValue = Math.Max(1, totalBytes);
        task.Description = Markup.Escape($"{box}: uploading");
    }

    /// <inheritdoc />
    public void UploadProgress(string box, long bytesDone)
    {
        if (tasks.TryGetValue(box, out var task))
        {
            task.Value = bytesDone;
            if (bytesDone >= task.MaxValue)
            {
                task.Description = Markup.Escape($"{box}: running apply.sh");
            }
        }
    }

    /// <inheritdoc />
    public void Finished(DeployOutcome outcome)
    {
        var task = tasks.GetOrAdd(outcome.Box, name => context.AddTask(Markup.Escape(name)));
        task.Description = Markup.Escape($"{outcome.Box}: {(outcome.Succeeded ? "done" : "failed")}");
        task.Value = task.MaxValue;
        task.StopTask();
        Line(outcome.Box, $"{(outcome.Succeeded ? "Succeeded" : "Failed")}: {outcome.Summary}.");
    }
}
