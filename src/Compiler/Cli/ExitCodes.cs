namespace Mibc.Compiler.Cli;

/// <summary>The process exit codes of every mibc command.</summary>
public static class ExitCodes
{
    /// <summary>Clean, or only warnings and information.</summary>
    public const int Success = 0;

    /// <summary>The input has errors, or a check, deployment or verification failed.</summary>
    public const int Failed = 1;

    /// <summary>Bad command line, or a file or directory could not be read or written.</summary>
    public const int UsageOrIo = 2;
}
