namespace Mibc.Language.Model;

/// <summary>Where the box's TLS certificate comes from.</summary>
public enum CertificateKind
{
    /// <summary>A self-signed certificate made on the host at first apply.</summary>
    SelfSigned,

    /// <summary>A certificate from Let's Encrypt, renewed on the host.</summary>
    LetsEncrypt,
}
