using System.Text;
using Mibc.Targets.Dns;
using Mibc.Targets.Emit;
using Mibc.Targets.Keys;

namespace Mibc.Targets.Dkim;

/// <summary>
/// Ships the private key of every signing DKIM selector, generating it in the key store on first build.
/// </summary>
/// <remarks>Each key goes to <c>/etc/opendkim/keys/&lt;domain&gt;/&lt;selector&gt;.private</c>, owned by opendkim, mode 0600.</remarks>
public sealed class DkimKeyEmitter : IEmitter
{
    /// <inheritdoc />
    public string Name => "dkim-keys";

    /// <inheritdoc />
    public IEnumerable<BundleFile> Emit(EmitContext context)
    {
        var keys = new DnsKeyMaterial(new KeyStore(context.SourceDirectory, allowWrites: true), context.Report);
        var files = new List<BundleFile>();
        foreach (var domain in context.Model.Domains.Where(domain => domain.Dkim.Enabled.Value))
        {
            foreach (var (selector, keyType) in domain.Dkim.SigningSelectors())
            {
                var key = keys.SigningKey(domain, selector, keyType);
                if (key is not null)
                {
                    files.Add(new BundleFile(key.HostPath, new UTF8Encoding(false).GetBytes(key.PrivateKeyPem), "0600", "opendkim", "opendkim", ["opendkim"], Secret: true)
                    {
                        Packages = ["opendkim"],
                    });
                }
            }
        }

        return files;
    }
}
