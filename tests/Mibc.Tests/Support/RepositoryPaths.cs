namespace Mibc.Tests.Support;

/// <summary>Locates the repository the tests run from.</summary>
public static class RepositoryPaths
{
    /// <summary>The directory holding Dsl.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The samples directory.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The directory of baseline inputs for bad files.</summary>
    public static string Baselines => Path.Combine(Root, "tests", "Mibc.Tests", "Baselines");

    /// <summary>Whether tests should rewrite expected files instead of comparing (set MIBC_UPDATE_BASELINES=1).</summary>
    public static bool UpdateBaselines => Environment.GetEnvironmentVariable("MIBC_UPDATE_BASELINES") == "1";

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dsl.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Dsl.sln not found above " + AppContext.BaseDirectory);
    }
}
