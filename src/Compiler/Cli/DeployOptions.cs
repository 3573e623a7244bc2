using System.CommandLine;

namespace Mibc.Compiler.Cli;

/// <summary>The options <c>mibc plan</c> and <c>mibc apply</c> share.</summary>
internal sealed class DeployOptions
{
    public Option<string[]> Host { get; } = new("--host")
    {
        Description = "Where to connect: user@host[:port] for a single box, or BOX=user@host[:port] for the box named BOX; repeat for several. Without it, each box is reached at its own host name and ssh port from box.mib.",
    };

    public Option<string> User { get; } = new("--user")
    {
        Description = "The remote user when --host names none: root, or a user with password-less sudo.",
        DefaultValueFactory = _ => "root",
    };

    public Option<string?> HostKey { get; } = new("--host-key")
    {
        Description = "The host key's SHA-256 fingerprint, as in SHA256:abc...; the only key accepted. For a single box.",
    };

    public Option<FileInfo?> KnownHosts { get; } = new("--known-hosts")
    {
        Description = "The known_hosts file to check host keys against when neither --host-key nor ssh.host_keys in box.mib gives one. Default: ~/.ssh/known_hosts.",
    };

    public Option<FileInfo[]> Identity { get; } = new("--identity", "-i")
    {
        Description = "A private key file to log in with; repeat for several. Default: ~/.ssh/id_ed25519, id_ecdsa and id_rsa, those that exist. Passwords are never accepted.",
    };

    public Option<string?> Root { get; } = new("--root")
    {
        Description = "A directory on the host to place the files under instead of /; apply.sh then skips package installs and service control. For staging.",
    };

    public Option<DirectoryInfo[]> Bundle { get; } = new("--bundle")
    {
        Description = "A bundle built earlier by mibc build, used as it is; repeat for several.",
    };

    public Option<int> Timeout { get; } = new("--timeout")
    {
        Description = "Seconds to wait for the host to answer before giving up.",
        DefaultValueFactory = _ => 30,
    };

    public Option<bool> WarningsAsErrors { get; } = CommonOptions.WarningsAsErrors();

    public Option<DirectoryInfo[]> Policies { get; } = CommonOptions.PolicyDirectories();

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Host, User, HostKey, KnownHosts, Identity, Root, Bundle, Timeout, WarningsAsErrors, Policies })
        {
            command.Options.Add(option);
        }
    }
}
