#!/usr/bin/env python3
"""Generate mibc's OpenSSL cipher suite and alias tables from OpenSSL sources.

Usage:
    generate_cipher_tables.py OPENSSL_3_0_TREE OPENSSL_1_0_1_TREE OUTPUT_DIR

OPENSSL_3_0_TREE is an OpenSSL 3.0.x source tree (3.0.22 was used; 3.0.8
gives the same tables) and
OPENSSL_1_0_1_TREE an OpenSSL 1.0.1 source tree (1.0.1k was used, with the
upstream ssl/ssl_ciph.c and ssl/ssl.h rather than Debian's patched copies).
The script reads ssl3_ciphers[] and tls13_ciphers[] from ssl/s3_lib.c,
cipher_aliases[] from ssl/ssl_ciph.c and the macros those tables use from
the public and internal headers, then writes OpenSsl30Tables.g.cs and
OpenSsl101Tables.g.cs into OUTPUT_DIR.

Every fact in the output comes from those files, with two exceptions that are
listed in BUILD_CONFIGURATIONS below: which suites a distribution build
compiles in, and which algorithms its crypto library provides at run time.
IANA names of 1.0.1 suites come from the 3.0 table by suite id, and for the
suites that 3.0 dropped, from the 1.0.1 manual page doc/apps/ciphers.pod.
"""

import os
import re
import sys

# Category prefixes of the bit masks in ssl_local.h (3.0) and ssl_locl.h
# (1.0.1), mapped to the member names of mibc's enums.
KEY_EXCHANGE = {
    "SSL_kRSA": "Rsa", "SSL_kDHE": "Dhe", "SSL_kEDH": "Dhe",
    "SSL_kECDHE": "Ecdhe", "SSL_kEECDH": "Ecdhe", "SSL_kPSK": "Psk",
    "SSL_kRSAPSK": "RsaPsk", "SSL_kECDHEPSK": "EcdhePsk",
    "SSL_kDHEPSK": "DhePsk", "SSL_kSRP": "Srp", "SSL_kGOST": "Gost",
    "SSL_kGOST18": "Gost18", "SSL_kDHr": "DhRsa", "SSL_kDHd": "DhDss",
    "SSL_kECDHr": "EcdhRsa", "SSL_kECDHe": "EcdhEcdsa",
    "SSL_kKRB5": "Kerberos5",
}
AUTHENTICATION = {
    "SSL_aRSA": "Rsa", "SSL_aDSS": "Dss", "SSL_aNULL": "Anonymous",
    "SSL_aECDSA": "Ecdsa", "SSL_aPSK": "Psk", "SSL_aGOST01": "Gost01",
    "SSL_aSRP": "Srp", "SSL_aGOST12": "Gost12", "SSL_aGOST94": "Gost94",
    "SSL_aDH": "Dh", "SSL_aECDH": "Ecdh", "SSL_aKRB5": "Kerberos5",
}
ENCRYPTION = {
    "SSL_DES": "Des", "SSL_3DES": "TripleDes", "SSL_RC4": "Rc4",
    "SSL_RC2": "Rc2", "SSL_IDEA": "Idea", "SSL_eNULL": "Null",
    "SSL_AES128": "Aes128", "SSL_AES256": "Aes256",
    "SSL_CAMELLIA128": "Camellia128", "SSL_CAMELLIA256": "Camellia256",
    "SSL_eGOST2814789CNT": "Gost89", "SSL_SEED": "Seed",
    "SSL_AES128GCM": "Aes128Gcm", "SSL_AES256GCM": "Aes256Gcm",
    "SSL_AES128CCM": "Aes128Ccm", "SSL_AES256CCM": "Aes256Ccm",
    "SSL_AES128CCM8": "Aes128Ccm8", "SSL_AES256CCM8": "Aes256Ccm8",
    "SSL_eGOST2814789CNT12": "Gost89Cnt12",
    "SSL_CHACHA20POLY1305": "ChaCha20Poly1305",
    "SSL_ARIA128GCM": "Aria128Gcm", "SSL_ARIA256GCM": "Aria256Gcm",
    "SSL_MAGMA": "Magma", "SSL_KUZNYECHIK": "Kuznyechik",
}
MAC = {
    "SSL_MD5": "Md5", "SSL_SHA1": "Sha1", "SSL_GOST94": "Gost94",
    "SSL_GOST89MAC": "Gost89Mac", "SSL_SHA256": "Sha256",
    "SSL_SHA384": "Sha384", "SSL_AEAD": "Aead",
    "SSL_GOST12_256": "Gost2012_256", "SSL_GOST89MAC12": "Gost89Mac12",
    "SSL_GOST12_512": "Gost2012_512", "SSL_MAGMAOMAC": "MagmaOmac",
    "SSL_KUZNYECHIKOMAC": "KuznyechikOmac",
}
STRENGTH = {
    "SSL_STRONG_NONE": "StrongNone", "SSL_LOW": "Low",
    "SSL_MEDIUM": "Medium", "SSL_HIGH": "High", "SSL_FIPS": "Fips",
    "SSL_NOT_DEFAULT": "NotDefault", "SSL_EXPORT": "Export",
    "SSL_NOT_EXP": "NotExport", "SSL_EXP40": "Export40",
    "SSL_EXP56": "Export56",
}
PROTOCOL_3_0 = {
    "SSL3_VERSION": "SSLv3", "TLS1_VERSION": "TLSv1",
    "TLS1_1_VERSION": "TLSv1_1", "TLS1_2_VERSION": "TLSv1_2",
    "TLS1_3_VERSION": "TLSv1_3",
}
PROTOCOL_1_0_1 = {
    "SSL_SSLV2": "SSLv2", "SSL_SSLV3": "SSLv3", "SSL_TLSV1": "TLSv1",
    "SSL_TLSV1_2": "TLSv1_2",
}

# What the modelled builds leave out. "compiled_out" names preprocessor
# symbols the build defines, so suites inside "#ifndef SYMBOL" exist in the
# source but not in the binary; symbols only in "defined" drop the suites
# from the tables entirely. "disabled" names the algorithm bits that
# ssl_load_ciphers (3.0) or ssl_cipher_get_disabled (1.0.1) clear because the
# crypto library lacks the algorithm. ssl_cipher_collect_ciphers then skips
# every suite that uses one of them, and ssl_cipher_collect_aliases skips an
# alias once a category it names has no enabled bit left.
BUILD_CONFIGURATIONS = {
    "3.0": {
        # Upstream 3.0 builds define OPENSSL_NO_WEAK_SSL_CIPHERS unless
        # configured with enable-weak-ssl-ciphers, and Debian and Ubuntu
        # do not enable it. The default provider has no DES, RC4, RC2,
        # IDEA or SEED (they live in the legacy provider) and no GOST.
        "defined": {"OPENSSL_NO_WEAK_SSL_CIPHERS"},
        "compiled_out": {"OPENSSL_NO_WEAK_SSL_CIPHERS"},
        "disabled": {
            "mkey": ["SSL_kGOST", "SSL_kGOST18"],
            "auth": ["SSL_aGOST01", "SSL_aGOST12"],
            "enc": ["SSL_DES", "SSL_RC4", "SSL_RC2", "SSL_IDEA", "SSL_SEED",
                    "SSL_eGOST2814789CNT", "SSL_eGOST2814789CNT12",
                    "SSL_MAGMA", "SSL_KUZNYECHIK"],
            "mac": ["SSL_GOST94", "SSL_GOST89MAC", "SSL_GOST89MAC12",
                    "SSL_GOST12_256", "SSL_GOST12_512", "SSL_MAGMAOMAC",
                    "SSL_KUZNYECHIKOMAC"],
        },
    },
    "1.0.1": {
        # Debian's 1.0.1k package configures no-idea and no-ssl2, and
        # Kerberos is off by default. NOTE: Ubuntu 14.04's 1.0.1f package
        # derives from Debian's, but its options were not checked. Kerberos suites are left out of the
        # table entirely because no IANA name for them is at hand, and
        # they can never be enabled in the modelled build.
        # ssl_cipher_get_disabled always clears
        # kDHr, kDHd and aDH, and without the GOST engine loaded the GOST
        # algorithms are missing too.
        "defined": {"OPENSSL_NO_IDEA", "OPENSSL_NO_KRB5"},
        "compiled_out": {"OPENSSL_NO_IDEA"},
        "disabled": {
            "mkey": ["SSL_kDHr", "SSL_kDHd", "SSL_kKRB5", "SSL_kGOST"],
            "auth": ["SSL_aDH", "SSL_aKRB5", "SSL_aGOST94", "SSL_aGOST01"],
            "enc": ["SSL_IDEA", "SSL_eGOST2814789CNT"],
            "mac": ["SSL_GOST94", "SSL_GOST89MAC"],
        },
    },
}

# The 1.0.1 ciphers.pod misspells this suite as EDH-DSS-CBC-SHA.
POD_NAME_FIXES = {"EDH-DSS-CBC-SHA": "EDH-DSS-DES-CBC-SHA"}

DEFINE = re.compile(r"^\s*#\s*define\s+(\w+)(?:\s+(.*))?$")


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def read_defines(paths):
    defines = {}
    for path in paths:
        with open(path, encoding="latin-1") as handle:
            text = strip_comments(handle.read()).replace("\\\n", " ")
        for line in text.splitlines():
            match = DEFINE.match(line)
            if match and match.group(2) and "(" not in match.group(1):
                defines.setdefault(match.group(1), match.group(2).strip())
    return defines


class Evaluator:
    """Evaluates C constant expressions made of macros, numbers, | ^ & ~."""

    def __init__(self, defines):
        self.defines = defines

    def string(self, token):
        token = token.strip()
        if token.startswith('"'):
            return token.strip('"')
        if token in ("NULL", "0"):
            return None
        return self.string(self.defines[token])

    def number(self, expression):
        expression = expression.strip()
        python = re.sub(r"\b(0[xX][0-9a-fA-F]+|\d+)[uUlL]*\b", r"\1",
                        expression)
        python = re.sub(r"\b([A-Za-z_]\w*)\b",
                        lambda m: "(%d)" % self.number(self.defines[m.group(1)]),
                        python)
        return eval(python, {"__builtins__": {}}) & 0xFFFFFFFF


def split_top_level(text, separator=","):
    parts, depth, current = [], 0, []
    for char in text:
        if char in "({":
            depth += 1
        elif char in ")}":
            depth -= 1
        if char == separator and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    if "".join(current).strip():
        parts.append("".join(current).strip())
    return parts


def read_array(path, declaration):
    """Returns (entry_text, preprocessor_conditions) for one C array."""
    with open(path, encoding="latin-1") as handle:
        lines = handle.read().splitlines()
    start = next(i for i, line in enumerate(lines) if declaration in line)
    entries, conditions, depth, current = [], [], 0, []
    for line in lines[start + 1:]:
        directive = line.strip()
        if directive.startswith("#"):
            word = directive[1:].strip()
            if word.startswith("if"):
                conditions.append(word)
            elif word.startswith("else"):
                conditions[-1] = "else " + conditions[-1]
            elif word.startswith("endif"):
                conditions.pop()
            continue
        code = strip_comments(line)
        for char in code:
            if char == "{":
                depth += 1
                if depth == 1:
                    current = []
                    continue
            elif char == "}":
                depth -= 1
                if depth == 0:
                    entries.append(("".join(current), list(conditions)))
                    continue
                if depth < 0:
                    return entries
            if depth >= 1:
                current.append(char)
        if depth == 0 and code.strip().startswith("};"):
            return entries
    return entries


def condition_state(conditions, defines, config):
    """Returns 'in', 'compiled_out' or 'excluded' for one array entry."""
    state = "in"
    for condition in conditions:
        negated = condition.startswith("else ")
        text = condition[5:] if negated else condition
        if text.startswith("ifndef "):
            symbol = text.split()[1]
            active = symbol not in config["defined"]
        elif text.startswith("ifdef "):
            symbol = text.split()[1]
            active = symbol in config["defined"]
        elif text.startswith("if "):
            expression = text[3:].strip()
            symbol = None
            if expression == "0":
                active = False
            elif re.fullmatch(r"\w+", expression):
                active = int(defines.get(expression, "0")) != 0
            else:
                raise ValueError("unsupported condition: " + condition)
        else:
            raise ValueError("unsupported condition: " + condition)
        if negated:
            active = not active
        if not active:
            if symbol in config["compiled_out"] and not negated:
                state = "compiled_out"
            else:
                return "excluded"
    return state


def flags(value, table, names, enum):
    """Renders a bit mask as a C# flags expression of enum members."""
    members = []
    remaining = value
    for macro, member in table.items():
        if macro not in names:
            continue
        bit = names[macro]
        if bit and bit & (bit - 1) == 0 and value & bit and member not in members:
            members.append(member)
            remaining &= ~bit
    if not members:
        return "%s.None" % enum if value == 0 else "0 /* %#x */" % value
    return " | ".join("%s.%s" % (enum, member) for member in members)


class Version:
    def __init__(self, key, root, headers, fields):
        self.key = key
        self.root = root
        self.config = BUILD_CONFIGURATIONS[key]
        self.defines = read_defines(os.path.join(root, h) for h in headers)
        self.evaluate = Evaluator(self.defines)
        self.fields = fields
        self.bits = {}
        for table in (KEY_EXCHANGE, AUTHENTICATION, ENCRYPTION, MAC, STRENGTH):
            for macro in table:
                if macro in self.defines:
                    self.bits[macro] = self.evaluate.number(macro)
        self.disabled = {
            category: sum(self.bits[m] for m in macros if m in self.bits)
            for category, macros in self.config["disabled"].items()}

    def parse(self, text):
        values = split_top_level(text)
        values += ["0"] * (len(self.fields) - len(values))
        return dict(zip(self.fields, values))

    def is_available(self, entry):
        for category in ("mkey", "auth", "enc", "mac"):
            if self.evaluate.number(entry[category]) & self.disabled[category]:
                return False
        return True

    def alias_is_available(self, entry):
        # NOTE: mirrors ssl_cipher_collect_aliases: an alias stays usable if
        # each category it names keeps at least one enabled bit.
        for category in ("mkey", "auth", "enc", "mac"):
            value = self.evaluate.number(entry[category])
            if value and value & ~self.disabled[category] & 0xFFFFFFFF == 0:
                return False
        return True

    def render(self, entry, category):
        table = {"mkey": KEY_EXCHANGE, "auth": AUTHENTICATION,
                 "enc": ENCRYPTION, "mac": MAC,
                 "strength": STRENGTH}[category]
        enum = {"mkey": "KeyExchange", "auth": "Authentication",
                "enc": "Encryption", "mac": "MacAlgorithm",
                "strength": "CipherStrength"}[category]
        return flags(self.evaluate.number(entry[category]), table,
                     self.bits, enum)


def protocol(token, mapping):
    token = token.strip()
    if token in ("0", ""):
        return "null"
    return "TlsProtocol." + mapping[token]


def csharp_string(value):
    return '"%s"' % value if value is not None else '""'


def read_pod_names(path):
    """Maps OpenSSL suite names to TLS names from ciphers.pod tables."""
    names = {}
    with open(path, encoding="latin-1") as handle:
        for line in handle:
            match = re.match(r"^ ((?:TLS|SSL)_\w+)\s+([A-Z0-9][\w-]+)\s*$", line)
            if match and match.group(2) != "Not":
                spec = "TLS_" + match.group(1)[4:] if match.group(1).startswith("SSL_") else match.group(1)
                name = POD_NAME_FIXES.get(match.group(2), match.group(2))
                names.setdefault(name, spec)
    return names


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


HEADER = """// <auto-generated>
// Generated by generate_cipher_tables.py from the OpenSSL {version} sources
// (ssl/s3_lib.c, ssl/ssl_ciph.c and their headers). Do not edit by hand: fix
// the script and run it again.
// </auto-generated>
#nullable enable

namespace Mibc.Language.Tls;

internal static partial class CipherTables
{{
"""


def generate_30(root, output):
    fields = ["valid", "name", "stdname", "id", "mkey", "auth", "enc", "mac",
              "min_tls", "max_tls", "min_dtls", "max_dtls", "strength",
              "algorithm2", "strength_bits", "alg_bits"]
    version = Version("3.0", root, [
        "include/openssl/prov_ssl.h", "include/openssl/ssl3.h",
        "include/openssl/tls1.h", "include/openssl/ssl.h.in",
        "ssl/ssl_local.h"], fields)
    suites = []
    for text, conditions in read_array(os.path.join(root, "ssl/s3_lib.c"),
                                       "static SSL_CIPHER ssl3_ciphers[]"):
        state = condition_state(conditions, version.defines, version.config)
        if state == "excluded":
            continue
        entry = version.parse(text)
        available = state == "in" and version.is_available(entry)
        suites.append((entry, available))
    tls13 = [version.parse(text) for text, _ in read_array(
        os.path.join(root, "ssl/s3_lib.c"), "static SSL_CIPHER tls13_ciphers[]")]
    aliases = [version.parse(text) for text, _ in read_array(
        os.path.join(root, "ssl/ssl_ciph.c"), "static const SSL_CIPHER cipher_aliases[]")]

    lines = [HEADER.format(version="3.0")]
    lines.append("    /// <summary>ssl3_ciphers[] in source order; OpenSSL collects them in reverse.</summary>\n")
    lines.append("    internal static readonly CipherTableEntry[] OpenSsl30Suites =\n    [\n")
    for entry, available in suites:
        lines.append(suite_line(version, entry, available, PROTOCOL_3_0, "min_tls", "max_tls",
                                version.evaluate.string(entry["stdname"])))
    lines.append("    ];\n\n")
    lines.append("    /// <summary>tls13_ciphers[] in source order.</summary>\n")
    lines.append("    internal static readonly CipherTableEntry[] OpenSsl30Tls13Suites =\n    [\n")
    for entry in tls13:
        lines.append(suite_line(version, entry, True, PROTOCOL_3_0, "min_tls", "max_tls",
                                version.evaluate.string(entry["stdname"])))
    lines.append("    ];\n\n")
    lines.append("    /// <summary>cipher_aliases[] in source order.</summary>\n")
    lines.append("    internal static readonly CipherAlias[] OpenSsl30Aliases =\n    [\n")
    for entry in aliases:
        lines.append(alias_line(version, entry, PROTOCOL_3_0, "min_tls"))
    lines.append("    ];\n")
    lines.append("    internal const string OpenSsl30DefaultCipherList = %s;\n" % csharp_string(
        version.evaluate.string("SSL_DEFAULT_CIPHER_LIST")))
    lines.append("    internal const string OpenSsl30DefaultCipherSuites = %s;\n" % csharp_string(
        "".join(part.strip().strip('"') for part in version.defines["TLS_DEFAULT_CIPHERSUITES"].split('"') if part.strip())))
    lines.append("}\n")
    write(os.path.join(output, "OpenSsl30Tables.g.cs"), "".join(lines))
    return {version.evaluate.number(e["id"]): version.evaluate.string(e["stdname"])
            for e, _ in suites}


def generate_101(root, output, iana_by_id):
    fields = ["valid", "name", "id", "mkey", "auth", "enc", "mac", "ssl",
              "strength", "algorithm2", "strength_bits", "alg_bits"]
    version = Version("1.0.1", root, [
        "ssl/ssl3.h", "ssl/tls1.h", "ssl/ssl.h", "ssl/ssl_locl.h"], fields)
    pod_names = read_pod_names(os.path.join(root, "doc/apps/ciphers.pod"))
    suites = []
    for text, conditions in read_array(os.path.join(root, "ssl/s3_lib.c"),
                                       "SSL_CIPHER ssl3_ciphers[]"):
        state = condition_state(conditions, version.defines, version.config)
        if state == "excluded":
            continue
        entry = version.parse(text)
        if entry["valid"].strip() != "1":
            continue
        available = state == "in" and version.is_available(entry)
        suites.append((entry, available))
    aliases = [version.parse(text) for text, _ in read_array(
        os.path.join(root, "ssl/ssl_ciph.c"), "static const SSL_CIPHER cipher_aliases[]")]

    lines = [HEADER.format(version="1.0.1")]
    lines.append("    /// <summary>ssl3_ciphers[] in source order; OpenSSL collects them in reverse.</summary>\n")
    lines.append("    internal static readonly CipherTableEntry[] OpenSsl101Suites =\n    [\n")
    for entry, available in suites:
        name = version.evaluate.string(entry["name"])
        iana = iana_by_id.get(version.evaluate.number(entry["id"])) or pod_names.get(name)
        if iana is None:
            print("no IANA name for " + name, file=sys.stderr)
            iana = ""
        lines.append(suite_line(version, entry, available, PROTOCOL_1_0_1, "ssl", None, iana))
    lines.append("    ];\n\n")
    lines.append("    /// <summary>cipher_aliases[] in source order.</summary>\n")
    lines.append("    internal static readonly CipherAlias[] OpenSsl101Aliases =\n    [\n")
    for entry in aliases:
        lines.append(alias_line(version, entry, PROTOCOL_1_0_1, "ssl"))
    lines.append("    ];\n")
    lines.append("    internal const string OpenSsl101DefaultCipherList = %s;\n" % csharp_string(
        version.evaluate.string("SSL_DEFAULT_CIPHER_LIST")))
    lines.append("}\n")
    write(os.path.join(output, "OpenSsl101Tables.g.cs"), "".join(lines))


def suite_line(version, entry, available, protocols, min_field, max_field, iana):
    evaluate = version.evaluate
    code = evaluate.number(entry["id"]) & 0xFFFF
    maximum = protocol(entry[max_field], protocols) if max_field else "TlsProtocol.TLSv1_2"
    return ("        new(new CipherSuite(%s, %s, 0x%04X, %s, %s, %s, %s, %s, %s, %s, %s, %s), %s),\n" % (
        csharp_string(evaluate.string(entry["name"])), csharp_string(iana), code,
        version.render(entry, "mkey") if evaluate.number(entry["mkey"]) else "KeyExchange.Any",
        version.render(entry, "auth") if evaluate.number(entry["auth"]) else "Authentication.Any",
        version.render(entry, "enc"), version.render(entry, "mac"),
        protocol(entry[min_field], protocols), maximum,
        version.render(entry, "strength"),
        evaluate.number(entry["strength_bits"]), evaluate.number(entry["alg_bits"]),
        "true" if available else "false"))


def alias_line(version, entry, protocols, protocol_field):
    evaluate = version.evaluate
    name = evaluate.string(entry["name"])
    return ("        new(%s, %s, %s, %s, %s, %s, %s, %s),\n" % (
        csharp_string(name),
        version.render(entry, "mkey"), version.render(entry, "auth"),
        version.render(entry, "enc"), version.render(entry, "mac"),
        protocol(entry.get(protocol_field, "0"), protocols),
        version.render(entry, "strength") if entry.get("strength") else "CipherStrength.None",
        "true" if version.alias_is_available(entry) else "false"))


def main(arguments):
    if len(arguments) != 4:
        sys.exit(__doc__)
    iana_by_id = generate_30(arguments[1], arguments[3])
    generate_101(arguments[2], arguments[3], iana_by_id)


if __name__ == "__main__":
    main(sys.argv)
