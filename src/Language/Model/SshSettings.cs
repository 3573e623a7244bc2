using System.Collections.Immutable;

namespace Mibc.Language.Model;

/// <summary>The host's SSH server, as far as mibc checks and publishes it.</summary>
/// <param name="PasswordLogin">Whether sshd accepts passwords; a policy warns when it does.</param>
/// <param name="Port">The port sshd listens on.</param>
/// <param name="HostKeys">Public host keys in OpenSSH's one-line form, published as SSHFP records.</param>
public sealed record SshSettings(
    Located<bool> PasswordLogin,
    Located<int> Port,
    ImmutableArray<Located<string>> HostKeys);
