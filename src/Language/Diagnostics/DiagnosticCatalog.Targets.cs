namespace Mibc.Language.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>MIB3001: a web_root that is the file system root.</summary>
    public static readonly DiagnosticDescriptor WebRootIsFileSystemRoot = new(
        "MIB3001", DiagnosticSeverity.Error, "Web root is the file system root",
        "web_root {0} is the file system root, so nginx would publish every file on the host: name the site's own directory, such as \"/srv/www/example.org\"");

    /// <summary>MIB3002: a cipher setting with a character that is no part of an OpenSSL cipher list, such as a quote or '$'.</summary>
    public static readonly DiagnosticDescriptor UnsafeTlsSetting = new(
        "MIB3002", DiagnosticSeverity.Error, "Unsafe TLS setting",
        "'{0}' value {1} contains {2}, which is no part of an OpenSSL cipher list: use only letters, digits, '+', '-', '!', '@', '=', '.', '_', and ':', ',', ';' or spaces between names");

    /// <summary>MIB3003: enabled protocol versions with a gap, which OpenSSL servers cannot express.</summary>
    public static readonly DiagnosticDescriptor ProtocolGap = new(
        "MIB3003", DiagnosticSeverity.Error, "Protocol versions with a gap",
        "protocols enable {0} and {1} but not {2}: servers set only a lowest and a highest version, so add {2} or remove the versions on one side of it");

    /// <summary>MIB3004: a protocol version the target's OpenSSL was built without.</summary>
    public static readonly DiagnosticDescriptor ProtocolNotBuilt = new(
        "MIB3004", DiagnosticSeverity.Warning, "Protocol version not available",
        "{0} is enabled, but the OpenSSL {1} that {2} ships is built without it, so no listener offers it: remove {0} from protocols");

    /// <summary>MIB3005: no enabled protocol version the target's OpenSSL supports.</summary>
    public static readonly DiagnosticDescriptor NoUsableProtocol = new(
        "MIB3005", DiagnosticSeverity.Error, "No usable protocol version",
        "protocols enable no version the OpenSSL {0} of {1} supports, so no listener could start TLS: enable tls1_2 and tls1_3");

    /// <summary>MIB3006: a highest protocol version that Dovecot cannot enforce.</summary>
    public static readonly DiagnosticDescriptor ProtocolCeilingUnsupported = new(
        "MIB3006", DiagnosticSeverity.Error, "Highest protocol version not settable",
        "protocols stop at {0}, but Dovecot {1} on {2} sets only the lowest version (ssl_min_protocol), so IMAP and POP3 would offer {3} as well: add {3} to protocols");

    /// <summary>MIB3007: a DH size with no RFC 7919 group to ship.</summary>
    public static readonly DiagnosticDescriptor DhBitsWithoutGroup = new(
        "MIB3007", DiagnosticSeverity.Error, "DH size without a standard group",
        "dh_bits {0} matches no RFC 7919 ffdhe group, and the bundle ships the group of that size as its DH parameters: use 2048, 3072, 4096, 6144 or 8192");

    /// <summary>MIB3008: a TLS setting a daemon of the target OS cannot apply.</summary>
    public static readonly DiagnosticDescriptor TlsSettingNotApplied = new(
        "MIB3008", DiagnosticSeverity.Warning, "TLS setting not applied",
        "{0} {1} on {2} cannot set {3}, so {4}");
}
