using System.Security.Cryptography;
using System.Text;
using Mibc.Language.Model;

namespace Mibc.Targets.Dns;

/// <summary>The box's MTA-STS policy file (RFC 8461, section 3.2), one for every domain, and its policy id.</summary>
/// <param name="Text">The policy file's content, with CRLF line ends.</param>
public sealed record MtaStsPolicy(string Text)
{
    /// <summary>Where nginx serves the policy from for every <c>mta-sts.&lt;domain&gt;</c> host.</summary>
    public const string HostPath = "/var/www/mta-sts/.well-known/mta-sts.txt";

    /// <summary>The policy lifetime senders cache, in seconds: one week.</summary>
    public const int MaxAgeSeconds = 604800;

    /// <summary>The id in the <c>_mta-sts</c> TXT record: derived from the file, so it changes exactly when the policy does.</summary>
    public string Id => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)))[..32];

    /// <summary>The <c>_mta-sts</c> TXT record text.</summary>
    public string RecordText => $"v=STSv1; id={Id}";

    /// <summary>Creates the policy of a box: its mode, its host as the only MX, and a one-week max_age.</summary>
    public static MtaStsPolicy Create(BoxModel model)
    {
        var mode = model.Policy.MtaSts.Value switch
        {
            MtaStsMode.Enforce => "enforce",
            MtaStsMode.None => "none",
            _ => "testing",
        };
        return new MtaStsPolicy($"version: STSv1\r\nmode: {mode}\r\nmx: {model.Host.Name.Value.Ascii}\r\nmax_age: {MaxAgeSeconds}\r\n");
    }
}
