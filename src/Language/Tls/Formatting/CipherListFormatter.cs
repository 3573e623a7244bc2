using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mibc.Language.Tls;

/// <summary>
/// Prints cipher-string expansions for <c>mibc ciphers</c>: as text in the
/// layout of <c>openssl ciphers -v</c> with each weak suite marked, or as
/// JSON.
/// </summary>
/// <param name="writer">Where the output goes; the formatter does not close it.</param>
public sealed class CipherListFormatter(TextWriter writer)
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes one line per suite as <c>openssl ciphers -v</c> does, then
    /// "weak: …" after each weak suite, then the diagnostics, one per line.
    /// </summary>
    public void WriteText(CipherStringExpansion expansion)
    {
        ArgumentNullException.ThrowIfNull(expansion);
        foreach (var suite in expansion.Suites)
        {
            var line = CipherSuiteDescription.Describe(suite, expansion.Version);
            var weaknesses = CipherWeaknesses.Describe(CipherWeaknesses.Of(suite));
            writer.WriteLine(weaknesses.Count == 0 ? line : $"{line}  weak: {string.Join(", ", weaknesses)}");
        }

        foreach (var diagnostic in expansion.Diagnostics)
        {
            var severity = diagnostic.Severity == CipherStringSeverity.Error ? "error" : "warning";
            writer.WriteLine($"{severity}: at offset {diagnostic.Offset}: {diagnostic.Message}");
        }
    }

    /// <summary>
    /// Writes the expansion as one JSON object with the OpenSSL version, the
    /// cipher string, the security level, the suites and the diagnostics.
    /// </summary>
    public void WriteJson(CipherStringExpansion expansion)
    {
        ArgumentNullException.ThrowIfNull(expansion);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("openssl", expansion.Version.ToVersionString());
            json.WriteString("cipherString", expansion.CipherString);
            if (expansion.SecurityLevel is { } level)
            {
                json.WriteNumber("securityLevel", level);
            }
            else
            {
                json.WriteNull("securityLevel");
            }

            json.WriteStartArray("suites");
            foreach (var suite in expansion.Suites)
            {
                WriteSuite(json, suite, expansion.Version);
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in expansion.Diagnostics)
            {
                WriteDiagnostic(json, diagnostic);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteSuite(Utf8JsonWriter json, CipherSuite suite, OpenSslVersion version)
    {
        var columns = CipherSuiteDescription.Columns(suite, version);
        json.WriteStartObject();
        json.WriteString("name", suite.OpenSslName);
        json.WriteString("iana", suite.IanaName);
        json.WriteString("id", suite.HexId);
        json.WriteString("protocol", columns.Protocol);
        json.WriteString("kx", columns.KeyExchange);
        json.WriteString("au", columns.Authentication);
        json.WriteString("enc", columns.Encryption);
        json.WriteString("mac", columns.Mac);
        json.WriteNumber("strengthBits", suite.StrengthBits);
        json.WriteNumber("algorithmBits", suite.AlgorithmBits);
        json.WriteBoolean("export", suite.IsExport);
        json.WriteStartArray("weak");
        foreach (var label in CipherWeaknesses.Describe(CipherWeaknesses.Of(suite)))
        {
            json.WriteStringValue(label);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, CipherStringDiagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("severity", diagnostic.Severity == CipherStringSeverity.Error ? "error" : "warning");
        json.WriteString("kind", diagnostic.Kind.ToString());
        json.WriteNumber("offset", diagnostic.Offset);
        json.WriteNumber("length", diagnostic.Length);
        json.WriteString("message", diagnostic.Message);
        json.WriteEndObject();
    }
}
