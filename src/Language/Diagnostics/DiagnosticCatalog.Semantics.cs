namespace Mibc.Language.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>MIB1001: a block keyword that the enclosing block does not take.</summary>
    public static readonly DiagnosticDescriptor UnknownBlock = new(
        "MIB1001", DiagnosticSeverity.Error, "Unknown block",
        "unknown block '{0}' in {1}: {2}");

    /// <summary>MIB1002: a key that the enclosing block does not take.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = new(
        "MIB1002", DiagnosticSeverity.Error, "Unknown key",
        "unknown key '{0}' in {1}: {2}");

    /// <summary>MIB1003: a key set twice in one block.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "MIB1003", DiagnosticSeverity.Error, "Duplicate key",
        "'{0}' is set more than once in {1} (first at line {2}): keep one of them");

    /// <summary>MIB1004: a value of the wrong type.</summary>
    public static readonly DiagnosticDescriptor TypeMismatch = new(
        "MIB1004", DiagnosticSeverity.Error, "Type mismatch",
        "invalid value {0} for '{1}': expected {2}");

    /// <summary>MIB1005: a word that is not one of an enumeration's members.</summary>
    public static readonly DiagnosticDescriptor UnknownEnumMember = new(
        "MIB1005", DiagnosticSeverity.Error, "Unknown enumeration member",
        "unknown value '{0}' for '{1}': {2}");

    /// <summary>MIB1006: a block that needs a quoted name but has none.</summary>
    public static readonly DiagnosticDescriptor MissingLabel = new(
        "MIB1006", DiagnosticSeverity.Error, "Missing block name",
        "block '{0}' needs a name in quotes, as in {1}");

    /// <summary>MIB1007: a quoted name on a block that takes none.</summary>
    public static readonly DiagnosticDescriptor UnexpectedLabel = new(
        "MIB1007", DiagnosticSeverity.Error, "Unexpected block name",
        "block '{0}' takes no name: remove \"{1}\"");

    /// <summary>MIB1008: a required key that is missing.</summary>
    public static readonly DiagnosticDescriptor MissingKey = new(
        "MIB1008", DiagnosticSeverity.Error, "Missing required key",
        "{0} is missing the required key '{1}': add {2}");

    /// <summary>MIB1009: a file without a box block.</summary>
    public static readonly DiagnosticDescriptor MissingBox = new(
        "MIB1009", DiagnosticSeverity.Error, "Missing box",
        "the file declares no box: add a block such as box \"mail.example.org\" {{ ipv4 = 203.0.113.10  admin = \"admin@example.org\" }}");

    /// <summary>MIB1010: a block that may appear once appears again.</summary>
    public static readonly DiagnosticDescriptor DuplicateBlock = new(
        "MIB1010", DiagnosticSeverity.Error, "Duplicate block",
        "only one '{0}' block is allowed here (first at line {1}): merge the two");

    /// <summary>MIB1011: the same domain declared twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateDomain = new(
        "MIB1011", DiagnosticSeverity.Error, "Duplicate domain",
        "domain '{0}' is declared more than once (first at line {1}): remove one of them");

    /// <summary>MIB1012: the same user declared twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateUser = new(
        "MIB1012", DiagnosticSeverity.Error, "Duplicate user",
        "user '{0}' is declared more than once (first at line {1}): remove one of them");

    /// <summary>MIB1013: the same alias declared twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateAlias = new(
        "MIB1013", DiagnosticSeverity.Error, "Duplicate alias",
        "alias '{0}' is declared more than once (first at line {1}): merge the targets into one alias");

    /// <summary>MIB1014: one address declared both as a user and as an alias.</summary>
    public static readonly DiagnosticDescriptor UserIsAlias = new(
        "MIB1014", DiagnosticSeverity.Error, "Address is user and alias",
        "'{0}' is both a user (line {1}) and an alias: remove the alias, or the user if mail should only be forwarded");

    /// <summary>MIB1015: a user on a domain the box does not declare.</summary>
    public static readonly DiagnosticDescriptor UndeclaredDomain = new(
        "MIB1015", DiagnosticSeverity.Error, "Undeclared domain",
        "'{0}' is on domain '{1}', which this box does not declare: add domain \"{1}\" {{ }} or fix the address");

    /// <summary>MIB1016: an alias target on one of the box's domains that is neither user nor alias.</summary>
    public static readonly DiagnosticDescriptor UnknownAliasTarget = new(
        "MIB1016", DiagnosticSeverity.Error, "Unknown alias target",
        "alias target '{0}' is on this box's domain '{1}' but is no user or alias here: declare it, or fix the address");

    /// <summary>MIB1017: the box admin is not a declared user.</summary>
    public static readonly DiagnosticDescriptor AdminNotUser = new(
        "MIB1017", DiagnosticSeverity.Error, "Admin is not a user",
        "admin '{0}' is not a declared user: add user \"{0}\" {{ ... }} or name an existing user");

    /// <summary>MIB1018: a malformed email address.</summary>
    public static readonly DiagnosticDescriptor InvalidEmail = new(
        "MIB1018", DiagnosticSeverity.Error, "Invalid email address",
        "invalid email address '{0}': {1}");

    /// <summary>MIB1019: a malformed or non-IDNA domain name.</summary>
    public static readonly DiagnosticDescriptor InvalidDomainName = new(
        "MIB1019", DiagnosticSeverity.Error, "Invalid domain name",
        "invalid domain name '{0}': {1}");

    /// <summary>MIB1020: a number outside the range a key accepts.</summary>
    public static readonly DiagnosticDescriptor OutOfRange = new(
        "MIB1020", DiagnosticSeverity.Error, "Value out of range",
        "value {0} for '{1}' is out of range: use a value from {2} to {3}");

    /// <summary>MIB1021: an alias that forwards to no address.</summary>
    public static readonly DiagnosticDescriptor EmptyAlias = new(
        "MIB1021", DiagnosticSeverity.Error, "Alias without targets",
        "alias '{0}' has no targets: add at least one address in the list");

    /// <summary>MIB1022: aliases that forward to each other without reaching a mailbox.</summary>
    public static readonly DiagnosticDescriptor AliasLoop = new(
        "MIB1022", DiagnosticSeverity.Error, "Alias loop",
        "alias '{0}' forwards back to itself ({1}): mail would loop; point one of them at a user");

    /// <summary>MIB1023: a password that is not in Dovecot's {SCHEME}hash form.</summary>
    public static readonly DiagnosticDescriptor PasswordNotHashed = new(
        "MIB1023", DiagnosticSeverity.Error, "Password is not a hash",
        "'{0}' holds no password hash in the {{SCHEME}}value form: store a hash made by 'doveadm pw -s SHA512-CRYPT', such as \"{{SHA512-CRYPT}}$6$...\"");

    /// <summary>MIB1024: the same value twice in a list that needs distinct values.</summary>
    public static readonly DiagnosticDescriptor DuplicateListItem = new(
        "MIB1024", DiagnosticSeverity.Error, "Duplicate list item",
        "{0} appears more than once in '{1}': remove the repeat");

    /// <summary>MIB1025: an empty list where at least one value is needed.</summary>
    public static readonly DiagnosticDescriptor EmptyList = new(
        "MIB1025", DiagnosticSeverity.Error, "Empty list",
        "'{0}' needs at least one value: add one inside the brackets");

    /// <summary>MIB1026: a block written where a key is expected.</summary>
    public static readonly DiagnosticDescriptor BlockWhereKeyExpected = new(
        "MIB1026", DiagnosticSeverity.Error, "Block where a key is expected",
        "'{0}' is a key, not a block: write {0} = {1}");

    /// <summary>MIB1027: a key written where a block is expected.</summary>
    public static readonly DiagnosticDescriptor KeyWhereBlockExpected = new(
        "MIB1027", DiagnosticSeverity.Error, "Key where a block is expected",
        "'{0}' is a block, not a key: write {0} {{ ... }}");

    /// <summary>MIB1028: an alias or record statement in a place that does not take it.</summary>
    public static readonly DiagnosticDescriptor MisplacedStatement = new(
        "MIB1028", DiagnosticSeverity.Error, "Misplaced statement",
        "'{0}' statements belong {1}: move this one there");

    /// <summary>MIB1029: the admin address is a user without the admin role.</summary>
    public static readonly DiagnosticDescriptor AdminWithoutRole = new(
        "MIB1029", DiagnosticSeverity.Warning, "Admin user lacks the admin role",
        "admin '{0}' is a user without role = admin: add role = admin to that user");

    /// <summary>MIB1030: an IP literal that is not a valid address of its family, or not one a server can use.</summary>
    public static readonly DiagnosticDescriptor InvalidIpAddress = new(
        "MIB1030", DiagnosticSeverity.Error, "Invalid IP address",
        "invalid {0} address '{1}' for '{2}': {3}");

    /// <summary>MIB1031: an address that other servers cannot reach, such as loopback or a private range.</summary>
    public static readonly DiagnosticDescriptor UnreachableAddress = new(
        "MIB1031", DiagnosticSeverity.Warning, "Address not publicly reachable",
        "{0} address '{1}' for '{2}' is {3}, so other mail servers cannot reach the box there: use its public address");

    /// <summary>MIB1032: a line break, tab or other control character in a string value.</summary>
    public static readonly DiagnosticDescriptor ControlCharacterInValue = new(
        "MIB1032", DiagnosticSeverity.Error, "Control character in a value",
        "'{0}' contains a control character ({1}): remove the \\n, \\t or other escape, because a line break or tab in a config file starts a new setting");

    /// <summary>MIB1033: a path that is not in the form the key needs.</summary>
    public static readonly DiagnosticDescriptor InvalidPath = new(
        "MIB1033", DiagnosticSeverity.Error, "Invalid path",
        "invalid path '{0}' for '{1}': {2}");

    /// <summary>MIB1034: an SSH public key that is not in OpenSSH's one-line form.</summary>
    public static readonly DiagnosticDescriptor InvalidSshKey = new(
        "MIB1034", DiagnosticSeverity.Error, "Invalid SSH public key",
        "invalid SSH public key '{0}': {1}; copy the line from /etc/ssh/ssh_host_ed25519_key.pub on the host");

    /// <summary>MIB1035: a DKIM selector that is not a valid DNS label sequence.</summary>
    public static readonly DiagnosticDescriptor InvalidSelector = new(
        "MIB1035", DiagnosticSeverity.Error, "Invalid DKIM selector",
        "invalid DKIM selector '{0}': {1}");
}
