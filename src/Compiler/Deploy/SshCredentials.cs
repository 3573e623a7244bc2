using Renci.SshNet;
using Renci.SshNet.Common;

namespace Mibc.Compiler.Deploy;

/// <summary>
/// The private keys mibc offers to the host. Passwords are never taken: neither on the command line nor at a prompt.
/// </summary>
/// <remarks>
/// Without <c>--identity</c>, mibc offers the keys of the SSH agent named by <c>SSH_AUTH_SOCK</c>, then the
/// default key files. SSH.NET 2026.0.1 has no agent client, so <see cref="SshAgentClient"/> speaks the agent
/// protocol itself. mibc prompts for an encrypted key file's passphrase on the terminal, and without a terminal
/// an encrypted key is an error.
/// </remarks>
public static class SshCredentials
{
    /// <summary>The key files OpenSSH tries by default, in its order, under <c>~/.ssh</c>.</summary>
    public static IReadOnlyList<string> DefaultIdentityFiles { get; } = ["id_ed25519", "id_ecdsa", "id_rsa"];

    /// <summary>Loads the given key files, or the default ones that exist when none are given.</summary>
    /// <param name="identityFiles">Key files from <c>--identity</c>; empty for the defaults.</param>
    /// <param name="askPassphrase">Asks for the passphrase of an encrypted key file, or returns null when there is no terminal.</param>
    /// <exception cref="IOException">A key file is missing or unreadable, no default key exists, or an encrypted key gets no passphrase.</exception>
    public static IReadOnlyList<IPrivateKeySource> Load(IReadOnlyList<string> identityFiles, Func<string, string?> askPassphrase)
    {
        if (identityFiles.Count > 0)
        {
            return [.. identityFiles.Select(path => LoadKey(path, askPassphrase))];
        }

        var agentKeys = AgentKeys();
        var paths = DefaultPaths();
        if (agentKeys.Count == 0 && paths.Count == 0)
        {
            throw new IOException(
                "no SSH key found: pass --identity FILE, add a key to ssh-agent with ssh-add, or create ~/.ssh/id_ed25519 with ssh-keygen -t ed25519");
        }

        return [.. agentKeys, .. paths.Select(path => LoadKey(path, askPassphrase))];
    }

    // An agent that is set but not running is not an error, because key files may still serve.
    private static List<IPrivateKeySource> AgentKeys()
    {
        if (SshAgentClient.FromEnvironment() is not { } agent)
        {
            return [];
        }

        try
        {
            return [.. agent.ListKeys().Select(blob => (IPrivateKeySource)new SshAgentKey(agent, blob))];
        }
        catch (IOException)
        {
            return [];
        }
    }

    private static List<string> DefaultPaths()
    {
        var directory = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".ssh");
        return [.. DefaultIdentityFiles.Select(name => Path.Combine(directory, name)).Where(File.Exists)];
    }

    private static PrivateKeyFile LoadKey(string path, Func<string, string?> askPassphrase)
    {
        if (!File.Exists(path))
        {
            throw new IOException($"SSH key file '{path}' not found: check the --identity path");
        }

        try
        {
            return new PrivateKeyFile(path);
        }
        catch (SshPassPhraseNullOrEmptyException)
        {
            var passphrase = askPassphrase(path)
                ?? throw new IOException($"SSH key file '{path}' is encrypted and there is no terminal to ask for its passphrase: run mibc from a terminal, or use a deploy key without a passphrase");
            try
            {
                return new PrivateKeyFile(path, passphrase);
            }
            catch (SshException error)
            {
                throw new IOException($"SSH key file '{path}' could not be decrypted: {error.Message}", error);
            }
        }
        catch (SshException error)
        {
            throw new IOException($"SSH key file '{path}' is not a private key SSH.NET can read: {error.Message}", error);
        }
    }
}
