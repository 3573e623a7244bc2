using System.Text.Json;
using Mibc.Targets.Emit;

namespace Mibc.Targets.Bundles;

/// <summary>
/// Writes a bundle directory so that readers see either the old bundle or the whole new one.
/// </summary>
/// <remarks>
/// The bundle is written to a temporary sibling directory and then swapped in by two renames.
/// NOTE: between the two renames the output path is briefly absent; it never holds a partial bundle.
/// </remarks>
public static class BundleWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>Serializes a manifest as indented JSON with a final newline.</summary>
    public static string SerializeManifest(BundleManifest manifest) =>
        JsonSerializer.Serialize(manifest, JsonOptions) + "\n";

    /// <summary>Reads a bundle's manifest.</summary>
    /// <exception cref="InvalidDataException">The manifest is missing, malformed, or of an unknown format.</exception>
    public static BundleManifest ReadManifest(string bundleDirectory)
    {
        var path = Path.Combine(bundleDirectory, BundleManifest.FileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"'{bundleDirectory}' is not a mibc bundle: it has no {BundleManifest.FileName}.");
        }

        BundleManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BundleManifest>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"'{path}' is not a valid manifest: {error.Message}", error);
        }

        if (manifest is null || manifest.Format != BundleManifest.CurrentFormat || string.IsNullOrEmpty(manifest.Generator) || manifest.Files.IsDefault)
        {
            throw new InvalidDataException($"'{path}' has manifest format {manifest?.Format}, but this mibc reads format {BundleManifest.CurrentFormat}.");
        }

        return manifest;
    }

    /// <summary>Replaces <paramref name="outputDirectory"/> with a bundle of the given files and manifest.</summary>
    /// <exception cref="IOException">The directory exists and is not an earlier bundle, or writing failed.</exception>
    public static void Write(string outputDirectory, BundleManifest manifest, IReadOnlyList<BundleFile> files, IReadOnlyDictionary<string, byte[]>? extraFiles = null)
    {
        var target = ResolveTarget(outputDirectory);
        EnsureReplaceable(target);

        var parent = Path.GetDirectoryName(target);
        if (string.IsNullOrEmpty(parent))
        {
            throw new IOException($"cannot write a bundle to '{target}': choose a new directory below it.");
        }

        if (File.Exists(parent))
        {
            throw new IOException($"cannot write the bundle to '{target}': '{parent}' is a file, not a directory.");
        }

        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.tmp-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");

        try
        {
            Directory.CreateDirectory(parent);
            CreatePrivateDirectory(staging, Directory.Exists(target) ? target : null);
            foreach (var file in files)
            {
                WriteFile(Path.Combine(staging, file.BundlePath), file.Content, file.Secret);
            }

            foreach (var (relativePath, content) in extraFiles ?? new Dictionary<string, byte[]>())
            {
                WriteFile(Path.Combine(staging, relativePath), content, secret: false);
            }

            WriteFile(Path.Combine(staging, BundleManifest.FileName), System.Text.Encoding.UTF8.GetBytes(SerializeManifest(manifest)), secret: false);
            Swap(staging, target, retired);
        }
        catch (UnauthorizedAccessException error)
        {
            throw new IOException($"cannot write the bundle to '{target}': permission denied in '{parent}' ({error.Message})", error);
        }
        finally
        {
            DeleteQuietly(staging);
            DeleteQuietly(retired);
        }
    }

    // A symbolic link to a directory is followed, so the bundle lands where the link points and the link stays.
    private static string ResolveTarget(string outputDirectory)
    {
        var full = Path.GetFullPath(outputDirectory);
        if (full.Length > 1)
        {
            full = full.TrimEnd(Path.DirectorySeparatorChar);
        }

        var info = new DirectoryInfo(full);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } resolved
            ? Path.GetFullPath(resolved.FullName)
            : full;
    }

    // NOTE: a bundle may hold password hashes and private keys, so a new bundle directory is 0700, and a rebuild
    // keeps the mode the admin gave the earlier one.
    private static void CreatePrivateDirectory(string path, string? modeFrom)
    {
        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, modeFrom is null
                ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                : File.GetUnixFileMode(modeFrom));
        }
    }

    private static void Swap(string staging, string target, string retired)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        Directory.Move(target, retired);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            // Put the earlier bundle back, so a failed build leaves it as it was.
            Directory.Move(retired, target);
            throw;
        }
    }

    // NOTE: a non-empty directory without a manifest might be anything, such as /etc, so it is never replaced.
    private static void EnsureReplaceable(string target)
    {
        if (File.Exists(target))
        {
            throw new IOException($"'{target}' is a file; give a directory path for the bundle.");
        }

        if (!Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any())
        {
            return;
        }

        try
        {
            ReadManifest(target);
        }
        catch (InvalidDataException error)
        {
            throw new IOException($"'{target}' exists and is not a mibc bundle, so it is left alone: {error.Message} Choose an empty or new directory.", error);
        }
    }

    private static void WriteFile(string path, byte[] content, bool secret)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = secret
                ? UnixFileMode.UserRead | UnixFileMode.UserWrite
                : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        }

        using var stream = new FileStream(path, options);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover hidden temporary directory is harmless, and the next build ignores it.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
