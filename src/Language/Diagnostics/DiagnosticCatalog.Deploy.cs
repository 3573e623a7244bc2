namespace Mibc.Language.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>MIB4001: a known_hosts line records another key of the same type for the host.</summary>
    public static readonly DiagnosticDescriptor HostKeyChanged = new(
        "MIB4001", DiagnosticSeverity.Error, "Host key changed",
        "the host key of {0} has changed: the host sent {1} {2}, but this line records {3}. If the host was reinstalled, check the new key on the host's console and replace this line; otherwise someone may be intercepting the connection");

    /// <summary>MIB4002: a known_hosts line marks the key the host sent as revoked.</summary>
    public static readonly DiagnosticDescriptor HostKeyRevoked = new(
        "MIB4002", DiagnosticSeverity.Error, "Host key revoked",
        "the host key {1} {2} that {0} sent is marked @revoked here: do not deploy to this host until its keys are replaced");

    /// <summary>MIB4003: box.mib declares host keys and the host sent none of them.</summary>
    public static readonly DiagnosticDescriptor HostKeyNotDeclared = new(
        "MIB4003", DiagnosticSeverity.Error, "Host key not declared",
        "{0} sent the host key {1} {2}, which is not in ssh.host_keys: check the key on the host's console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) and add its public key line here, or fix the address");
}
