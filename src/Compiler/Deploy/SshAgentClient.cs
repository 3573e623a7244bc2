using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace Mibc.Compiler.Deploy;

/// <summary>
/// A client of the OpenSSH agent protocol (draft-miller-ssh-agent) over the agent's Unix socket: it lists the
/// agent's keys and requests signatures from it, so private keys never leave the agent.
/// </summary>
internal sealed class SshAgentClient(string socketPath)
{
    private const byte Failure = 5;
    private const byte RequestIdentities = 11;
    private const byte IdentitiesAnswer = 12;
    private const byte SignRequest = 13;
    private const byte SignResponse = 14;

    // NOTE: an agent reply larger than this is not an agent; OpenSSH's own limit is 256 KiB.
    private const int MaxReplyBytes = 256 * 1024;

    /// <summary>The agent of this session, from <c>SSH_AUTH_SOCK</c>, or null when none is set.</summary>
    public static SshAgentClient? FromEnvironment() =>
        Environment.GetEnvironmentVariable("SSH_AUTH_SOCK") is { Length: > 0 } path ? new SshAgentClient(path) : null;

    /// <summary>Returns the public key blobs the agent holds.</summary>
    /// <exception cref="IOException">The agent cannot be reached or sent an unexpected reply.</exception>
    public IReadOnlyList<byte[]> ListKeys()
    {
        var reply = Exchange([RequestIdentities]);
        if (reply[0] != IdentitiesAnswer)
        {
            throw new IOException($"the SSH agent at {socketPath} rejected the request to list its keys: check that the agent is running and ssh-add has added a key");
        }

        var reader = new WireReader(reply, 1);
        var count = reader.UInt32();
        var keys = new List<byte[]>();
        for (var i = 0; i < count && i < 1000; i++)
        {
            keys.Add(reader.Bytes());
            reader.Bytes();
        }

        return keys;
    }

    /// <summary>Asks the agent to sign, returning the signature blob (format name and signature) as SSH sends it.</summary>
    /// <exception cref="IOException">The agent refused or cannot be reached.</exception>
    public byte[] Sign(byte[] keyBlob, byte[] data, uint flags)
    {
        var request = new MemoryStream();
        request.WriteByte(SignRequest);
        WriteBytes(request, keyBlob);
        WriteBytes(request, data);
        WriteUInt32(request, flags);

        var reply = Exchange(request.ToArray());
        if (reply[0] == Failure || reply[0] != SignResponse)
        {
            throw new IOException($"the SSH agent at {socketPath} rejected the signature request: check that the key is still loaded (ssh-add -l)");
        }

        return new WireReader(reply, 1).Bytes();
    }

    /// <summary>Returns the key type name at the start of a public key blob, such as <c>ssh-ed25519</c>.</summary>
    public static string KeyType(byte[] keyBlob) => Encoding.ASCII.GetString(new WireReader(keyBlob, 0).Bytes());

    private byte[] Exchange(byte[] message)
    {
        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.ReceiveTimeout = 30_000;
            socket.SendTimeout = 30_000;
            socket.Connect(new UnixDomainSocketEndPoint(socketPath));
            using var stream = new NetworkStream(socket, ownsSocket: false);

            var framed = new MemoryStream();
            WriteUInt32(framed, (uint)message.Length);
            framed.Write(message);
            stream.Write(framed.ToArray());

            var header = new byte[4];
            stream.ReadExactly(header);
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            if (length is 0 or > MaxReplyBytes)
            {
                throw new IOException($"the SSH agent at {socketPath} sent a reply of {length} bytes");
            }

            var reply = new byte[length];
            stream.ReadExactly(reply);
            return reply;
        }
        catch (SocketException error)
        {
            throw new IOException($"the SSH agent at {socketPath} cannot be reached: {error.Message}", error);
        }
    }

    private static void WriteUInt32(Stream stream, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        stream.Write(bytes);
    }

    private static void WriteBytes(Stream stream, byte[] value)
    {
        WriteUInt32(stream, (uint)value.Length);
        stream.Write(value);
    }

    /// <summary>Reads SSH wire-format integers and length-prefixed strings.</summary>
    private sealed class WireReader(byte[] buffer, int position)
    {
        public uint UInt32()
        {
            if (position + 4 > buffer.Length)
            {
                throw new IOException("the SSH agent's reply ended early");
            }

            var value = BinaryPrimitives.ReadUInt32BigEndian(buffer.AsSpan(position, 4));
            position += 4;
            return value;
        }

        public byte[] Bytes()
        {
            var length = UInt32();
            if (length > buffer.Length - position)
            {
                throw new IOException("the SSH agent's reply ended early");
            }

            var value = buffer.AsSpan(position, (int)length).ToArray();
            position += (int)length;
            return value;
        }
    }
}
