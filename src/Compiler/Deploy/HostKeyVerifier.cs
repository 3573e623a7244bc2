using System.Collections.Immutable;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Text;

namespace Mibc.Compiler.Deploy;

/// <summary>
/// Decides whether the key a host sends is the host's, from one trusted source: a pinned fingerprint,
/// the keys box.mib declares, or a known_hosts file. An unknown or changed key is rejected, as OpenSSH's
/// <c>StrictHostKeyChecking yes</c> does.
/// </summary>
public abstract class HostKeyVerifier
{
    /// <summary>Where the trusted keys come from, for messages.</summary>
    public abstract string SourceName { get; }

    /// <summary>Decides on the key <paramref name="endpoint"/> sent.</summary>
    public abstract HostKeyVerdict Verify(SshEndpoint endpoint, SshPublicKey key);

    /// <summary>The key types this source trusts for a host, so the client asks for those first; null for any.</summary>
    public virtual IReadOnlySet<string>? KeyTypesFor(SshEndpoint endpoint) => null;

    /// <summary>Trusts exactly one key, given by its SHA-256 fingerprint such as <c>SHA256:...</c>.</summary>
    /// <exception cref="FormatException">The text is not a SHA-256 fingerprint.</exception>
    public static HostKeyVerifier ForFingerprint(string fingerprint) => new PinnedFingerprint(NormalizeFingerprint(fingerprint));

    /// <summary>Trusts the public keys box.mib lists in <c>ssh.host_keys</c>.</summary>
    /// <param name="keys">The declared key lines.</param>
    /// <param name="source">The box.mib text, for printing the line a diagnostic points at.</param>
    public static HostKeyVerifier ForDeclaredKeys(ImmutableArray<Located<string>> keys, SourceText? source) => new DeclaredKeys(keys, source);

    /// <summary>Trusts the keys a known_hosts file records for the host.</summary>
    public static HostKeyVerifier ForKnownHosts(KnownHostsFile file) => new KnownHosts(file);

    /// <summary>Turns a fingerprint such as <c>SHA256:abc=</c> into OpenSSH's form, <c>SHA256:</c> and unpadded base64.</summary>
    /// <exception cref="FormatException">The text is not a SHA-256 fingerprint.</exception>
    public static string NormalizeFingerprint(string fingerprint)
    {
        var text = fingerprint.Trim();
        if (!text.StartsWith("SHA256:", StringComparison.Ordinal))
        {
            throw new FormatException($"invalid host key fingerprint '{fingerprint}': expected SHA256: and base64, as 'ssh-keygen -lf KEY.pub' prints it");
        }

        var base64 = text["SHA256:".Length..].TrimEnd('=');
        var padded = base64 + new string('=', (4 - (base64.Length % 4)) % 4);
        var valid = base64.Length == 43;
        try
        {
            valid = valid && Convert.FromBase64String(padded).Length == 32;
        }
        catch (FormatException)
        {
            valid = false;
        }

        return valid
            ? "SHA256:" + base64
            : throw new FormatException($"invalid host key fingerprint '{fingerprint}': a SHA-256 fingerprint has 43 base64 characters after SHA256:");
    }

    private static string Describe(SshPublicKey key) => $"{key.Type} {key.Fingerprint}";

    private sealed class PinnedFingerprint(string fingerprint) : HostKeyVerifier
    {
        public override string SourceName => "--host-key";

        public override HostKeyVerdict Verify(SshEndpoint endpoint, SshPublicKey key) =>
            key.Fingerprint == fingerprint
                ? new HostKeyVerdict(true, $"{endpoint.Host} sent the pinned host key {Describe(key)}.")
                : new HostKeyVerdict(false,
                    $"host key verification failed for {endpoint}: the host sent {Describe(key)}, but --host-key pins {fingerprint}. " +
                    "If the host was reinstalled, check the new key on the host's console and pin it; otherwise someone may be intercepting the connection.");
    }

    private sealed class DeclaredKeys(ImmutableArray<Located<string>> keys, SourceText? source) : HostKeyVerifier
    {
        public override string SourceName => "ssh.host_keys in box.mib";

        public override IReadOnlySet<string>? KeyTypesFor(SshEndpoint endpoint) =>
            Parsed().Select(parsed => parsed.Type).ToHashSet();

        public override HostKeyVerdict Verify(SshEndpoint endpoint, SshPublicKey key)
        {
            foreach (var parsed in Parsed())
            {
                if (parsed.SameKey(key))
                {
                    return new HostKeyVerdict(true, $"{endpoint.Host} sent {Describe(key)}, declared in ssh.host_keys.");
                }
            }

            var span = keys.Length > 0 ? keys[0].Span : SourceSpan.None;
            var diagnostic = DiagnosticCatalog.HostKeyNotDeclared.Create(span, endpoint.ToString(), key.Type, key.Fingerprint);
            return new HostKeyVerdict(false, diagnostic.Message, diagnostic, source);
        }

        // NOTE: mibc check reports a malformed ssh.host_keys entry (MIB1034) before any deploy,
        // so an entry that does not parse here is only skipped.
        private IEnumerable<SshPublicKey> Parsed()
        {
            foreach (var declared in keys)
            {
                SshPublicKey? parsed = null;
                try
                {
                    parsed = SshPublicKey.ParseLine(declared.Value);
                }
                catch (FormatException)
                {
                    // mibc check reports it as MIB1034.
                }

                if (parsed is not null)
                {
                    yield return parsed;
                }
            }
        }
    }

    private sealed class KnownHosts(KnownHostsFile file) : HostKeyVerifier
    {
        public override string SourceName => file.Source.Path;

        public override IReadOnlySet<string>? KeyTypesFor(SshEndpoint endpoint)
        {
            var types = file.For(endpoint.KnownHostsName).Where(entry => entry.Marker is null).Select(entry => entry.Key.Type).ToHashSet();
            return types.Count > 0 ? types : null;
        }

        public override HostKeyVerdict Verify(SshEndpoint endpoint, SshPublicKey key)
        {
            var entries = file.For(endpoint.KnownHostsName).ToList();
            if (entries.FirstOrDefault(entry => entry.Marker == "@revoked" && entry.Key.SameKey(key)) is { } revoked)
            {
                var diagnostic = DiagnosticCatalog.HostKeyRevoked.Create(revoked.Location, endpoint.KnownHostsName, key.Type, key.Fingerprint);
                return new HostKeyVerdict(false, diagnostic.Message, diagnostic, file.Source);
            }

            var plain = entries.Where(entry => entry.Marker is null).ToList();
            if (plain.Any(entry => entry.Key.SameKey(key)))
            {
                return new HostKeyVerdict(true, $"{endpoint.KnownHostsName} sent {Describe(key)}, recorded in {file.Source.Path}.");
            }

            if (plain.FirstOrDefault(entry => entry.Key.Type == key.Type) is { } changed)
            {
                var diagnostic = DiagnosticCatalog.HostKeyChanged.Create(changed.Location, endpoint.KnownHostsName, key.Type, key.Fingerprint, Describe(changed.Key));
                return new HostKeyVerdict(false, diagnostic.Message, diagnostic, file.Source);
            }

            return new HostKeyVerdict(false,
                $"host key verification failed: {endpoint.KnownHostsName} is not in {file.Source.Path} with a {key.Type} key; the host sent {Describe(key)}. " +
                $"Check that fingerprint on the host's console or against its SSHFP records, then pass --host-key {key.Fingerprint} or add the host with ssh-keyscan.");
        }
    }
}
