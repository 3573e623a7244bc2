using Renci.SshNet;
using Renci.SshNet.Security;

namespace Mibc.Compiler.Deploy;

/// <summary>One key held by the SSH agent, offered to SSH.NET with the signature algorithms it can make.</summary>
internal sealed class SshAgentKey : IPrivateKeySource
{
    // Agent sign flags from draft-miller-ssh-agent: which SHA-2 signature an RSA key makes.
    private const uint RsaSha256 = 2;
    private const uint RsaSha512 = 4;

    public SshAgentKey(SshAgentClient agent, byte[] keyBlob)
    {
        var type = SshAgentClient.KeyType(keyBlob);
        HostKeyAlgorithms = type == "ssh-rsa"
            ? [new AgentAlgorithm("rsa-sha2-512", keyBlob, agent, RsaSha512), new AgentAlgorithm("rsa-sha2-256", keyBlob, agent, RsaSha256)]
            : [new AgentAlgorithm(type, keyBlob, agent, 0)];
    }

    public IReadOnlyCollection<HostAlgorithm> HostKeyAlgorithms { get; }

    private sealed class AgentAlgorithm(string name, byte[] keyBlob, SshAgentClient agent, uint flags) : HostAlgorithm(name)
    {
        public override byte[] Data => keyBlob;

        public override byte[] Sign(byte[] data) => agent.Sign(keyBlob, data, flags);

        // NOTE: a client key only signs; SSH.NET verifies host keys with its own algorithms.
        public override bool VerifySignature(byte[] data, byte[] signature) =>
            throw new NotSupportedException("An agent key only signs.");
    }
}
