namespace Mibc.Tests.Deploy;

/// <summary>Finds files of the repository from the test's output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Sample => Path.Combine(Root, "samples", "box.mib");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "samples", "box.mib")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no samples/box.mib above {AppContext.BaseDirectory}");
    }
}
