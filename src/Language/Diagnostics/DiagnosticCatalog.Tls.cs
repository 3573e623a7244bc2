namespace Mibc.Language.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>MIB1040: a cipher string that OpenSSL rejects, that names a cipher or alias OpenSSL does not define, or that selects no suite.</summary>
    public static readonly DiagnosticDescriptor InvalidCipherString = new(
        "MIB1040", DiagnosticSeverity.Error, "Invalid cipher string",
        "invalid cipher string for '{0}' on OpenSSL {1} ({2}), as 'mibc ciphers \"{4}\"' shows: {3}");

    /// <summary>MIB1041: a part of a cipher string that the target's OpenSSL ignores.</summary>
    public static readonly DiagnosticDescriptor IgnoredCipherStringPart = new(
        "MIB1041", DiagnosticSeverity.Warning, "Cipher string part has no effect",
        "part of the cipher string for '{0}' has no effect on OpenSSL {1} ({2}): {3}; remove that part");

    /// <summary>MIB1042: a TLS 1.3 ciphersuites value that OpenSSL rejects or that names a suite it lacks.</summary>
    public static readonly DiagnosticDescriptor InvalidCiphersuites = new(
        "MIB1042", DiagnosticSeverity.Error, "Invalid TLS 1.3 ciphersuites",
        "invalid TLS 1.3 ciphersuites for '{0}' on OpenSSL {1} ({2}), which takes TLS 1.3 suite names separated by ':', such as \"{4}\": {3}");

    /// <summary>MIB1043: two listener blocks for the same listener.</summary>
    public static readonly DiagnosticDescriptor DuplicateListener = new(
        "MIB1043", DiagnosticSeverity.Error, "Duplicate listener",
        "listener '{0}' is configured more than once (first at line {1}): merge the two blocks");

    /// <summary>MIB1044: a listener block for a port the box does not serve.</summary>
    public static readonly DiagnosticDescriptor ListenerNotServed = new(
        "MIB1044", DiagnosticSeverity.Warning, "Listener not served",
        "listener '{0}' has no effect, because {1}: remove the block, or set {2}");

    /// <summary>MIB1045: protocol versions up to TLS 1.2 enabled with no cipher suite they can use.</summary>
    public static readonly DiagnosticDescriptor NoCipherForProtocol = new(
        "MIB1045", DiagnosticSeverity.Error, "No cipher suite for an enabled protocol",
        "{0} enables {1} on {2}, but {3} selects no suite that {1} can use, so those handshakes fail: add suites for {1} to the ciphers, or remove {1} from protocols");

    /// <summary>MIB1046: a setting in a listener block that does not apply to that listener.</summary>
    public static readonly DiagnosticDescriptor ListenerSettingIgnored = new(
        "MIB1046", DiagnosticSeverity.Warning, "Setting has no effect on the listener",
        "'{0}' has no effect on listener '{1}', because {2}: remove it");

    /// <summary>MIB3009: listeners that a daemon configures with one setting, but that box.mib gives different values.</summary>
    public static readonly DiagnosticDescriptor ListenerTlsNotSeparable = new(
        "MIB3009", DiagnosticSeverity.Error, "Listener TLS setting cannot differ",
        "{0} on {1} has one setting for {2} of {3}, but listener '{4}' sets another value: give these listeners the same value, or remove the setting from listener '{4}'");
}
