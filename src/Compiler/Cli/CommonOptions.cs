using System.CommandLine;

namespace Mibc.Compiler.Cli;

/// <summary>Arguments and options several commands share.</summary>
internal static class CommonOptions
{
    public static Argument<FileInfo> BoxFile() => new("file")
    {
        Description = "The box.mib file to read.",
    };

    public static Option<bool> WarningsAsErrors() => new("--warnaserror")
    {
        Description = "Treat warnings as errors, so they fail the command.",
    };

    public static Option<DirectoryInfo[]> PolicyDirectories() => new("--policies")
    {
        Description = "An extra policy pack directory; repeat the option for several.",
        AllowMultipleArgumentsPerToken = false,
    };
}
