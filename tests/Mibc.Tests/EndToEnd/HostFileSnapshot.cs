using Mibc.Tests.Deploy;

namespace Mibc.Tests.EndToEnd;

/// <summary>
/// The state of the host files a deployment will touch, taken before it, so the test can put this machine back
/// as it was. Saved files come back with their owner and mode. Files and directories that did not exist are
/// removed, and so are entries added below a tracked directory.
/// </summary>
internal sealed class HostFileSnapshot
{
    private readonly string archive;
    private readonly IReadOnlyList<string> savedFiles;
    private readonly IReadOnlyList<string> absentFiles;
    private readonly IReadOnlyList<string> absentDirectories;
    private readonly IReadOnlyDictionary<string, HashSet<string>> trackedEntries;

    private HostFileSnapshot(
        string archive,
        IReadOnlyList<string> savedFiles,
        IReadOnlyList<string> absentFiles,
        IReadOnlyList<string> absentDirectories,
        IReadOnlyDictionary<string, HashSet<string>> trackedEntries)
    {
        this.archive = archive;
        this.savedFiles = savedFiles;
        this.absentFiles = absentFiles;
        this.absentDirectories = absentDirectories;
        this.trackedEntries = trackedEntries;
    }

    /// <summary>Saves the files that exist into a tar archive and records the rest.</summary>
    /// <param name="files">Absolute paths of files the deployment may create or replace.</param>
    /// <param name="trackedDirectories">Directories the daemons or the deployment add entries to, such as the mail store.</param>
    /// <param name="archive">Where to write the archive; a test's temporary directory.</param>
    public static HostFileSnapshot Take(IEnumerable<string> files, IEnumerable<string> trackedDirectories, string archive)
    {
        var distinctFiles = files.Distinct(StringComparer.Ordinal).ToList();
        var saved = distinctFiles.Where(File.Exists).ToList();
        var absent = distinctFiles.Where(file => !File.Exists(file)).ToList();

        var tracked = trackedDirectories.Distinct(StringComparer.Ordinal).ToList();
        var absentDirectories = absent.Select(Path.GetDirectoryName).OfType<string>()
            .Concat(tracked)
            .SelectMany(AbsentAncestors)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(directory => directory.Length)
            .ToList();
        var entries = tracked.Where(Directory.Exists).ToDictionary(
            directory => directory,
            directory => Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);

        // tar keeps owner, group and mode; with --null and -T it reads names of any form, one per NUL.
        var list = archive + ".list";
        File.WriteAllText(list, string.Concat(saved.Select(file => file.TrimStart('/') + '\0')));
        var tar = ProcessRunner.Run("tar", ["-cpf", archive, "-C", "/", "--null", "-T", list], TimeSpan.FromSeconds(60));
        Assert.True(tar.ExitCode == 0, "saving the host files failed: " + tar.All);

        return new HostFileSnapshot(archive, saved, absent, absentDirectories, entries);
    }

    /// <summary>Puts every recorded path back and returns what could not be restored; an empty list means all went back.</summary>
    public IReadOnlyList<string> Restore()
    {
        var problems = new List<string>();
        foreach (var file in absentFiles)
        {
            Try(problems, file, () => File.Delete(file));
        }

        foreach (var (directory, before) in trackedEntries)
        {
            var added = Directory.Exists(directory)
                ? Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories).Where(entry => !before.Contains(entry)).ToList()
                : [];
            foreach (var entry in added.OrderByDescending(entry => entry.Length))
            {
                Try(problems, entry, () => DeleteEntry(entry));
            }
        }

        foreach (var directory in absentDirectories)
        {
            Try(problems, directory, () => DeleteEntry(directory));
        }

        if (savedFiles.Count > 0)
        {
            var tar = ProcessRunner.Run("tar", ["-xpf", archive, "-C", "/"], TimeSpan.FromSeconds(60));
            if (tar.ExitCode != 0)
            {
                problems.Add("restoring the saved files failed: " + tar.All);
            }
        }

        return problems;
    }

    private static IEnumerable<string> AbsentAncestors(string directory)
    {
        for (var current = directory; !string.IsNullOrEmpty(current) && !Directory.Exists(current); current = Path.GetDirectoryName(current))
        {
            yield return current;
        }
    }

    private static void DeleteEntry(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static void Try(List<string> problems, string path, Action action)
    {
        try
        {
            action();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{path}: {error.Message}");
        }
    }
}
