namespace Mibc.Language.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>MIB3101: a record type mibc does not write.</summary>
    public static readonly DiagnosticDescriptor UnsupportedRecordType = new(
        "MIB3101", DiagnosticSeverity.Error, "Unsupported record type",
        "unsupported record type '{0}': use one of A, AAAA, CNAME, MX, TXT, SRV, CAA, NS, SSHFP or TLSA{1}");

    /// <summary>MIB3102: a record with too few or too many data values.</summary>
    public static readonly DiagnosticDescriptor RecordDataCount = new(
        "MIB3102", DiagnosticSeverity.Error, "Wrong number of record values",
        "{0} record '{1}' has {2}, but needs {3}: write it as {4}");

    /// <summary>MIB3103: a number in record data that is not a number or is out of range.</summary>
    public static readonly DiagnosticDescriptor InvalidRecordNumber = new(
        "MIB3103", DiagnosticSeverity.Error, "Invalid number in a record",
        "invalid {0} '{1}' in {2} record '{3}': use a whole number from {4} to {5}");

    /// <summary>MIB3104: an A or AAAA record whose value is not an address of its family.</summary>
    public static readonly DiagnosticDescriptor InvalidRecordAddress = new(
        "MIB3104", DiagnosticSeverity.Error, "Invalid address in a record",
        "invalid {0} address '{1}' in {2} record '{3}': {4}");

    /// <summary>MIB3105: a host name target that is an IP address.</summary>
    public static readonly DiagnosticDescriptor TargetIsAddress = new(
        "MIB3105", DiagnosticSeverity.Error, "Record points at an IP address",
        "the {0} record '{1}' points at the IP address '{2}', but {0} data names a host: add record \"{3}\" {4} {2} and point the {0} at \"{3}\"");

    /// <summary>MIB3106: an owner name that is not a valid DNS name, IDNA2008 included.</summary>
    public static readonly DiagnosticDescriptor InvalidRecordName = new(
        "MIB3106", DiagnosticSeverity.Error, "Invalid record name",
        "invalid record name '{0}': {1}");

    /// <summary>MIB3107: a host name in record data that is not a valid DNS name, IDNA2008 included.</summary>
    public static readonly DiagnosticDescriptor InvalidRecordTarget = new(
        "MIB3107", DiagnosticSeverity.Error, "Invalid host name in a record",
        "invalid host name '{0}' in {1} record '{2}': {3}");

    /// <summary>MIB3108: an absolute owner name that is not in the domain's zone.</summary>
    public static readonly DiagnosticDescriptor RecordOutsideZone = new(
        "MIB3108", DiagnosticSeverity.Error, "Record name outside its zone",
        "record name '{0}' is outside the zone '{1}': declare the record in the domain that holds it, or write a name relative to '{1}' such as \"www\"");

    /// <summary>MIB3109: a relative owner name that repeats the zone, a likely missing trailing dot.</summary>
    public static readonly DiagnosticDescriptor RecordNameRepeatsZone = new(
        "MIB3109", DiagnosticSeverity.Error, "Record name repeats the zone",
        "record name '{0}' is relative, so it means '{0}.{1}': write \"{2}\", or \"{0}.\" with a final dot for the name itself");

    /// <summary>MIB3110: a multi-label host name without a final dot, which DNS would read relative to the zone.</summary>
    public static readonly DiagnosticDescriptor AmbiguousRecordTarget = new(
        "MIB3110", DiagnosticSeverity.Error, "Host name without a final dot",
        "host name '{0}' in {1} record '{2}' has no final dot, so DNS would read it as '{0}.{3}.': write \"{0}.\" for the name itself, or a single label such as \"mail\" for a name in this zone");

    /// <summary>MIB3111: a CNAME beside other data at the same name.</summary>
    public static readonly DiagnosticDescriptor CnameConflict = new(
        "MIB3111", DiagnosticSeverity.Error, "CNAME beside other data",
        "a CNAME at '{0}' cannot stand beside other data, but {1}: remove the CNAME, or give it a name of its own");

    /// <summary>MIB3112: the same record declared twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateRecord = new(
        "MIB3112", DiagnosticSeverity.Error, "Duplicate record",
        "{0} record '{1}' {2} is declared more than once (first at line {3}): remove the repeat");

    /// <summary>MIB3113: a declared record that mibc already writes.</summary>
    public static readonly DiagnosticDescriptor RecordAlreadyGenerated = new(
        "MIB3113", DiagnosticSeverity.Error, "Record mibc already writes",
        "{0} record '{1}' {2} is one mibc already publishes ({3}): remove it");

    /// <summary>MIB3114: a declared record of a type mibc owns at that name.</summary>
    public static readonly DiagnosticDescriptor RecordSetOwnedByMibc = new(
        "MIB3114", DiagnosticSeverity.Error, "Record set written by mibc",
        "mibc writes the {0} record at '{1}' ({2}), so box.mib cannot add another: {3}");

    /// <summary>MIB3115: a TXT value with a double quote inside.</summary>
    public static readonly DiagnosticDescriptor TxtQuote = new(
        "MIB3115", DiagnosticSeverity.Error, "Quote inside a TXT value",
        "the TXT value of '{0}' contains a bare '\"' as character {1} of the value: DNS tools and providers split or drop such values; remove it, and if you pasted several quoted strings from a zone file, write each as its own value: record \"{0}\" TXT \"first part\" \"second part\"");

    /// <summary>MIB3116: a TXT value with a control character.</summary>
    public static readonly DiagnosticDescriptor TxtControlCharacter = new(
        "MIB3116", DiagnosticSeverity.Error, "Control character in a TXT value",
        "the TXT value of '{0}' contains the control character {1}: remove it, because DNS text records hold printable text");

    /// <summary>MIB3117: a record whose data is too long for one DNS record.</summary>
    public static readonly DiagnosticDescriptor RecordDataTooLong = new(
        "MIB3117", DiagnosticSeverity.Error, "Record data too long",
        "the {0} record '{1}' has {2} bytes of data, more than the {3} a DNS record holds: shorten it");

    /// <summary>MIB3118: an SRV or TLSA record whose owner name lacks the _service._protocol labels.</summary>
    public static readonly DiagnosticDescriptor ServiceNameRequired = new(
        "MIB3118", DiagnosticSeverity.Error, "Record name needs service labels",
        "{0} record names start with {1}, but '{2}' does not: write a name such as \"{3}\"");

    /// <summary>MIB3119: a CAA record with an invalid tag or value.</summary>
    public static readonly DiagnosticDescriptor InvalidCaa = new(
        "MIB3119", DiagnosticSeverity.Error, "Invalid CAA record",
        "invalid CAA {0} '{1}' in record '{2}': {3}");

    /// <summary>MIB3120: an SSHFP or TLSA record with an invalid code or digest.</summary>
    public static readonly DiagnosticDescriptor InvalidDigestRecord = new(
        "MIB3120", DiagnosticSeverity.Error, "Invalid fingerprint record",
        "invalid {0} value '{1}' in record '{2}': {3}");

    /// <summary>MIB3121: an NS record at the zone apex.</summary>
    public static readonly DiagnosticDescriptor NsAtApex = new(
        "MIB3121", DiagnosticSeverity.Error, "NS record at the zone apex",
        "mibc writes the NS records at '@', which name the box as the zone's name server: use NS records only to delegate a sub-zone, such as record \"lab\" NS \"ns1.example.net.\"");

    /// <summary>MIB3122: data at or below a delegated name, which the delegation hides.</summary>
    public static readonly DiagnosticDescriptor HiddenByDelegation = new(
        "MIB3122", DiagnosticSeverity.Error, "Record hidden by a delegation",
        "'{0}' is at or below '{1}', which {2}, so resolvers never see this record: {3}");

    /// <summary>MIB3123: a null MX (RFC 7505) on a domain the box receives mail for.</summary>
    public static readonly DiagnosticDescriptor NullMxOnMailDomain = new(
        "MIB3123", DiagnosticSeverity.Error, "Null MX on a mail domain",
        "the MX record '{0}' with target \".\" says '{1}' accepts no mail, but the box receives mail for it: remove the record");

    /// <summary>MIB3124: an MX, NS or SRV target that is a CNAME in the same zone.</summary>
    public static readonly DiagnosticDescriptor TargetIsCname = new(
        "MIB3124", DiagnosticSeverity.Error, "Record points at a CNAME",
        "the {0} record '{1}' points at '{2}', which is a CNAME (line {3}), and RFC 2181 forbids that: point it at the CNAME's target, or make '{2}' an A or AAAA record");

    /// <summary>MIB3127: the same DKIM selector used twice on one domain.</summary>
    public static readonly DiagnosticDescriptor DuplicateDkimSelector = new(
        "MIB3127", DiagnosticSeverity.Error, "DKIM selector used twice",
        "selector '{0}' of domain '{1}' is {2}: give each DKIM selector its own name");

    /// <summary>MIB3128: a retired DKIM selector whose key is not in the key store.</summary>
    public static readonly DiagnosticDescriptor RetiredSelectorWithoutKey = new(
        "MIB3128", DiagnosticSeverity.Warning, "Retired DKIM selector has no key",
        "retired DKIM selector '{0}' of domain '{1}' has no key in '{2}', so mibc cannot publish it: restore the key file from a backup, or remove the selector from retired");

    /// <summary>MIB3129: a key store file that cannot be read as what it should hold.</summary>
    public static readonly DiagnosticDescriptor InvalidKeyStoreFile = new(
        "MIB3129", DiagnosticSeverity.Error, "Invalid key store file",
        "'{0}' is not a valid {1}: {2}; restore it from a backup, or delete it to make a new one (this changes the published DNS record)");

    /// <summary>MIB3130: the DS record of a signed zone, for the registrar.</summary>
    public static readonly DiagnosticDescriptor DsRecord = new(
        "MIB3130", DiagnosticSeverity.Info, "DS record for the registrar",
        "zone '{0}' is signed: publish this DS record at the registrar of '{0}' (it changes only when the key does): {1}");

    /// <summary>MIB3131: an MTA-STS policy in enforce mode with a self-signed certificate.</summary>
    public static readonly DiagnosticDescriptor MtaStsEnforceSelfSigned = new(
        "MIB3131", DiagnosticSeverity.Warning, "MTA-STS enforce with a self-signed certificate",
        "mta_sts = enforce makes senders that honour MTA-STS refuse to deliver unless the MX host has a certificate from a public CA, but certificate = self_signed: use mta_sts = testing, or certificate = lets_encrypt");

    /// <summary>MIB3132: a DMARC report address on a domain that must authorise the reports.</summary>
    public static readonly DiagnosticDescriptor DmarcExternalReports = new(
        "MIB3132", DiagnosticSeverity.Info, "DMARC reports go to another domain",
        "receivers send DMARC reports for '{0}' to '{1}' only if '{2}' publishes the TXT record \"v=DMARC1\" at '{0}._report._dmarc.{2}' (RFC 7489, section 7.1)");

    /// <summary>MIB3133: the certificate public key file does not match the policy's key type.</summary>
    public static readonly DiagnosticDescriptor CertificateKeyMismatch = new(
        "MIB3133", DiagnosticSeverity.Warning, "Certificate key differs from the policy",
        "'{0}' holds a {1} key, but the policy sets certificate_key = {2}: the TLSA records pin the key in the file; replace the file with the public key of the certificate in use");

    /// <summary>MIB3134: the box host name lies in no declared domain.</summary>
    public static readonly DiagnosticDescriptor HostOutsideZones = new(
        "MIB3134", DiagnosticSeverity.Info, "Host name in no declared domain",
        "the box's host name '{0}' is in none of the box's domains, so its A, AAAA, SSHFP and TLSA records are not in a zone here: publish them where '{0}' is hosted; 'mibc dns' lists them");

    /// <summary>MIB3135: CAA records that leave out the CA the certificate comes from.</summary>
    public static readonly DiagnosticDescriptor CaaExcludesIssuer = new(
        "MIB3135", DiagnosticSeverity.Error, "CAA excludes the certificate's CA",
        "caa names no '{0}', but certificate = {1} gets its certificate from there, so issuance would fail: add \"{0}\" to caa");

    /// <summary>MIB3136: a per-domain DNSSEC algorithm while the policy signs nothing.</summary>
    public static readonly DiagnosticDescriptor DnssecAlgorithmUnused = new(
        "MIB3136", DiagnosticSeverity.Warning, "DNSSEC algorithm without DNSSEC",
        "dnssec_algorithm has no effect, because the policy sets no dnssec = true: remove it, or turn DNSSEC on in the policy block");

    /// <summary>MIB3137: two SPF records at one name.</summary>
    public static readonly DiagnosticDescriptor DuplicateSpf = new(
        "MIB3137", DiagnosticSeverity.Error, "Two SPF records",
        "'{0}' has two SPF records (the other at line {1}), and receivers treat that as a permanent SPF error (RFC 7208, section 4.5): merge them into one");

    /// <summary>MIB3138: a DKIM selector whose stored key has another type than box.mib requests.</summary>
    public static readonly DiagnosticDescriptor DkimKeyTypeChanged = new(
        "MIB3138", DiagnosticSeverity.Error, "DKIM key type changed",
        "selector '{0}' already has a {1} DKIM key in '{2}', but box.mib asks for {3}: a new key type needs a new selector, so set selector to a new name and add \"{0}\" to retired");
}
