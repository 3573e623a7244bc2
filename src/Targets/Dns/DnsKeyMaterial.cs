using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Semantics.Schema;
using Mibc.Language.Text;
using Mibc.Targets.Dkim;
using Mibc.Targets.Dns.Dnssec;
using Mibc.Targets.Keys;

namespace Mibc.Targets.Dns;

/// <summary>
/// The keys DNS records publish: DKIM keys, DNSSEC keys and the certificate's public key, read from the key
/// store and, when it allows writes, generated on first use.
/// </summary>
/// <remarks>A key file that cannot be used is reported as an error at that file; the record is then left out.</remarks>
/// <param name="store">The key store.</param>
/// <param name="report">Where problems with key files go.</param>
public sealed class DnsKeyMaterial(KeyStore store, Action<Diagnostic> report)
{
    private readonly DkimKeyStore dkim = new(store);
    private readonly DnssecKeyStore dnssec = new(store);
    private readonly Lazy<byte[]?> certificate = new(() => ReadCertificate(store, report));

    /// <summary>The key store.</summary>
    public KeyStore Store { get; } = store;

    /// <summary>The host's SSH public keys that <c>mibc plan</c> stored, for SSHFP records when box.mib lists none.</summary>
    public IReadOnlyList<string> StoredSshHostKeys => SshHostKeyFile.Read(Store);

    /// <summary>The DER SubjectPublicKeyInfo of the TLS certificate, or null when the store has none.</summary>
    public byte[]? CertificatePublicKey => certificate.Value;

    /// <summary>
    /// Returns the key of a signing selector, generating it when missing and writes are allowed. Without writes a
    /// missing key yields a stand-in with an empty public key, so checks still see the record.
    /// </summary>
    public DkimKey? SigningKey(MailDomain domain, Located<string> selector, DkimKeyType keyType)
    {
        var name = domain.Name.Value;
        try
        {
            var key = Store.AllowWrites ? dkim.GetOrCreate(name, selector.Value, keyType) : dkim.Find(name, selector.Value);
            key ??= new DkimKey(name, selector.Value, keyType, string.Empty, string.Empty);
            if (key.KeyType != keyType)
            {
                var stored = LanguageTypes.DkimKey.WordFor(key.KeyType);
                report(DiagnosticCatalog.DkimKeyTypeChanged.Create(selector.Span, selector.Value, stored, ShownPath(DkimKeyStore.RelativePathOf(name, selector.Value)), LanguageTypes.DkimKey.WordFor(keyType)));
                return null;
            }

            return key;
        }
        catch (FormatException error)
        {
            ReportFile(dkim.PathOf(name, selector.Value), "DKIM private key", error.Message);
            return null;
        }
    }

    /// <summary>Returns the stored key of a retired selector, or reports a warning and returns null when it is missing.</summary>
    public DkimKey? RetiredKey(MailDomain domain, Located<string> selector)
    {
        var name = domain.Name.Value;
        try
        {
            var key = dkim.Find(name, selector.Value);
            if (key is null)
            {
                report(DiagnosticCatalog.RetiredSelectorWithoutKey.Create(selector.Span, selector.Value, name.Unicode, ShownPath(DkimKeyStore.RelativePathOf(name, selector.Value))));
            }

            return key;
        }
        catch (FormatException error)
        {
            ReportFile(dkim.PathOf(name, selector.Value), "DKIM private key", error.Message);
            return null;
        }
    }

    /// <summary>Returns the zone's DNSSEC key, generating it when missing and writes are allowed; null when it has none.</summary>
    public DnssecKey? ZoneKey(MailDomain domain)
    {
        var zone = domain.Name.Value.Ascii;
        try
        {
            return Store.AllowWrites ? dnssec.GetOrCreate(zone, domain.DnssecAlgorithm.Value) : dnssec.Find(zone, domain.DnssecAlgorithm.Value);
        }
        catch (FormatException error)
        {
            ReportFile(Store.PathOf(DnssecKeyStore.DirectoryOf(zone)), "DNSSEC key directory", error.Message);
            return null;
        }
    }

    // Messages about files in box.mib's own key store name them relative to box.mib, as admins see them.
    private static string ShownPath(string relativePath) => Path.Combine(KeyStore.DirectoryName, relativePath);

    private void ReportFile(string path, string what, string problem) =>
        report(DiagnosticCatalog.InvalidKeyStoreFile.Create(FileLocation(path), path, what, problem));

    private static byte[]? ReadCertificate(KeyStore store, Action<Diagnostic> report)
    {
        try
        {
            return CertificateKeyFile.Read(store);
        }
        catch (FormatException error)
        {
            var path = store.PathOf(CertificateKeyFile.RelativePath);
            report(DiagnosticCatalog.InvalidKeyStoreFile.Create(FileLocation(path), path, "certificate public key", error.Message));
            return null;
        }
    }

    /// <summary>Returns a location at the start of a file that is not box.mib, for diagnostics about it.</summary>
    public static SourceSpan FileLocation(string path) => new(path, default, 1, 1, 1, 1);
}
