namespace Mibc.Language.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>MIB3001: a web_root with a character outside the set mibc writes into nginx's config.</summary>
    public static readonly DiagnosticDescriptor UnsafeWebRoot = new(
        "MIB3001", DiagnosticSeverity.Error, "Unsafe web root",
        "web_root {0} contains {1}, which mibc does not write into nginx's root directive: use only letters, digits and '.', '_', '-', '+', '~', '@' and '/'");

    /// <summary>MIB3002: a web_root that is relative, not normalized, or the file system root.</summary>
    public static readonly DiagnosticDescriptor InvalidWebRoot = new(
        "MIB3002", DiagnosticSeverity.Error, "Invalid web root",
        "web_root {0} is not a usable site directory: {1}; write an absolute path such as \"/srv/www/example.org\"");

    /// <summary>MIB3003: a DKIM selector that is not a DNS name, so it cannot go into the KeyTable or DNS.</summary>
    public static readonly DiagnosticDescriptor InvalidDkimSelector = new(
        "MIB3003", DiagnosticSeverity.Error, "Invalid DKIM selector",
        "DKIM selector {0} is not a DNS name: {1}; use letters, digits and '-' in dot-separated labels, such as \"mail\"");

    /// <summary>MIB3004: a cipher setting with a character that is no part of an OpenSSL cipher list, such as a quote or '$'.</summary>
    public static readonly DiagnosticDescriptor UnsafeTlsSetting = new(
        "MIB3004", DiagnosticSeverity.Error, "Unsafe TLS setting",
        "'{0}' value {1} contains {2}, which is no part of an OpenSSL cipher list: use only letters, digits, '+', '-', '!', '@', '=', '.', '_', and ':', ',', ';' or spaces between names");

    /// <summary>MIB3005: enabled protocol versions with a gap, which OpenSSL servers cannot express.</summary>
    public static readonly DiagnosticDescriptor ProtocolGap = new(
        "MIB3005", DiagnosticSeverity.Error, "Protocol versions with a gap",
        "protocols enable {0} and {1} but not {2}: servers set only a lowest and a highest version, so add {2} or remove the versions on one side of it");

    /// <summary>MIB3006: a protocol version the target's OpenSSL was built without.</summary>
    public static readonly DiagnosticDescriptor ProtocolNotBuilt = new(
        "MIB3006", DiagnosticSeverity.Warning, "Protocol version not available",
        "{0} is enabled, but the OpenSSL {1} that {2} ships is built without it, so no listener offers it: remove {0} from protocols");

    /// <summary>MIB3007: no enabled protocol version the target's OpenSSL supports.</summary>
    public static readonly DiagnosticDescriptor NoUsableProtocol = new(
        "MIB3007", DiagnosticSeverity.Error, "No usable protocol version",
        "protocols enable no version the OpenSSL {0} of {1} supports, so no listener could start TLS: enable tls1_2 and tls1_3");

    /// <summary>MIB3008: a highest protocol version that Dovecot cannot enforce.</summary>
    public static readonly DiagnosticDescriptor ProtocolCeilingUnsupported = new(
        "MIB3008", DiagnosticSeverity.Error, "Highest protocol version not settable",
        "protocols stop at {0}, but Dovecot {1} on {2} sets only the lowest version (ssl_min_protocol), so IMAP and POP3 would offer {3} as well: add {3} to protocols");

    /// <summary>MIB3009: a DH size with no RFC 7919 group to ship.</summary>
    public static readonly DiagnosticDescriptor DhBitsWithoutGroup = new(
        "MIB3009", DiagnosticSeverity.Error, "DH size without a standard group",
        "dh_bits {0} matches no RFC 7919 ffdhe group, and the bundle ships the group of that size as its DH parameters: use 2048, 3072, 4096, 6144 or 8192");

    /// <summary>MIB3010: a TLS setting a daemon of the target OS cannot apply.</summary>
    public static readonly DiagnosticDescriptor TlsSettingNotApplied = new(
        "MIB3010", DiagnosticSeverity.Warning, "TLS setting not applied",
        "{0} {1} on {2} cannot set {3}, so {4}");
}
