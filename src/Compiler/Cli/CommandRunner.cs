namespace Mibc.Compiler.Cli;

/// <summary>Runs a command body and turns I/O failures into a message and exit code 2.</summary>
internal static class CommandRunner
{
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"mibc: error: {error.Message}");
            return ExitCodes.UsageOrIo;
        }
    }
}
