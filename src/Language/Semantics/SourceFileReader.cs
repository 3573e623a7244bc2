using Mibc.Language.Parsing;

namespace Mibc.Language.Semantics;

/// <summary>Reads a source file safely: never more than the size limit, and never blocking on a named pipe.</summary>
internal static class SourceFileReader
{
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Reads up to one byte past <see cref="MibParser.MaxFileBytes"/>, so the parser can report an oversized file.</summary>
    /// <exception cref="IOException">The path is a directory, cannot be opened in time, or cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new IOException($"'{path}' is a directory; give the path of a box.mib file.");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"'{path}' was not found.", path);
        }

        // NOTE: opening a named pipe blocks until a writer comes, so the open runs with a timeout. A pipe
        // that never opens leaves one blocked thread behind, which ends with the process.
        var opening = Task.Run(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read));
        if (!opening.Wait(OpenTimeout))
        {
            throw new IOException($"'{path}' did not open within {OpenTimeout.TotalSeconds:0} seconds; it may be a named pipe: give a regular file.");
        }

        using var stream = opening.GetAwaiter().GetResult();
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length <= MibParser.MaxFileBytes)
        {
            var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, MibParser.MaxFileBytes + 1 - buffer.Length));
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
