namespace Mibc.Compiler.Deploy;

/// <summary>What applying a bundle does to one file on the host.</summary>
public enum FileChangeKind
{
    /// <summary>The file matches in content, mode, owner and group.</summary>
    Unchanged,

    /// <summary>The file does not exist yet.</summary>
    Create,

    /// <summary>The file exists and differs, or is a symbolic link or another kind of file that gets replaced.</summary>
    Update,
}
