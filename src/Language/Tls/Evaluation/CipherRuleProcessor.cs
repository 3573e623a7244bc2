namespace Mibc.Language.Tls;

/// <summary>
/// Reads a cipher string and applies its entries to a suite list, following
/// ssl_cipher_process_rulestr of OpenSSL's ssl/ssl_ciph.c.
/// </summary>
internal sealed class CipherRuleProcessor(
    OpenSslDialect dialect,
    CipherOrderList list,
    List<CipherStringDiagnostic> diagnostics)
{
    private readonly CipherNameAdvisor advisor = new(dialect);

    /// <summary>The level the last "@SECLEVEL=n" set, or null.</summary>
    public int? SecurityLevel { get; private set; }

    /// <summary>Whether a character separates entries; OpenSSL also accepts ';'.</summary>
    public static bool IsSeparator(char c) => c is ':' or ' ' or ';' or ',';

    /// <summary>
    /// Processes <paramref name="text"/> from <paramref name="start"/> on.
    /// Returns false where OpenSSL fails the whole string. Diagnostics are
    /// recorded only when <paramref name="report"/> is set, with offsets into
    /// <paramref name="text"/>.
    /// </summary>
    public bool Process(string text, int start, bool report)
    {
        var succeeded = true;
        var position = start;
        while (position < text.Length)
        {
            var entryStart = position;
            var operation = OperationOf(text[position], out var isCommand);
            if (text[position] is '-' or '+' or '!' or '@')
            {
                position++;
            }
            else if (IsSeparator(text[position]))
            {
                position++;
                continue;
            }

            if (!TryReadEntry(text, ref position, entryStart, isCommand, report, out var pattern, out var command))
            {
                // OpenSSL 3.0 stops at the first invalid command. OpenSSL 1.0.1
                // reads on but fails the whole string too, so stopping here
                // gives the same result.
                return false;
            }

            if (isCommand)
            {
                succeeded &= RunCommand(text, command, report);
                position = SkipToSeparator(text, position);
            }
            else if (pattern is { } selector)
            {
                list.Apply(operation, suite => dialect.Matches(selector, suite));
            }
            else
            {
                position = SkipToSeparator(text, position);
            }
        }

        return succeeded;
    }

    private static CipherRuleOperation OperationOf(char prefix, out bool isCommand)
    {
        isCommand = prefix == '@';
        return prefix switch
        {
            '-' => CipherRuleOperation.Delete,
            '+' => CipherRuleOperation.MoveToEnd,
            '!' => CipherRuleOperation.Kill,
            _ => CipherRuleOperation.Add,
        };
    }

    /// <summary>
    /// Reads one entry: a name or several joined by '+'. Returns false on an
    /// invalid command. <paramref name="pattern"/> is null when OpenSSL
    /// skips the entry.
    /// </summary>
    private bool TryReadEntry(
        string text, ref int position, int entryStart, bool isCommand, bool report,
        out CipherSelector? pattern, out (int Offset, int Length) command)
    {
        pattern = null;
        command = default;
        var combined = CipherSelector.All;
        while (true)
        {
            var nameStart = position;
            while (position < text.Length && dialect.IsNameCharacter(text[position]))
            {
                position++;
            }

            if (position == nameStart)
            {
                if (report)
                {
                    diagnostics.Add(InvalidCommand(text, position));
                }

                return false;
            }

            if (isCommand)
            {
                command = (nameStart, position - nameStart);
                return true;
            }

            var joinsNext = position < text.Length && text[position] == '+';
            var name = text[nameStart..position];
            if (joinsNext)
            {
                position++;
            }

            if (!TryLookUp(name, out var part, out var isSuite))
            {
                // NOTE: deliberate difference. OpenSSL skips the entry without
                // a word; mibc reports it, as an error when no modelled
                // release defines the name, but still skips it.
                if (report)
                {
                    var token = text[nameStart..SkipToSeparator(text, nameStart)];
                    diagnostics.Add(advisor.DescribeUnknownName(name, token, nameStart));
                }

                return true;
            }

            if (!dialect.TryCombine(ref combined, part, isSuite))
            {
                if (report)
                {
                    diagnostics.Add(advisor.DescribeEmptyCombination(text, entryStart, nameStart + name.Length));
                }

                return true;
            }

            if (!joinsNext)
            {
                pattern = combined;
                return true;
            }
        }
    }

    private bool TryLookUp(string name, out CipherSelector part, out bool isSuite)
    {
        // NOTE: OpenSSL searches suite names before aliases.
        if (dialect.Catalog.TryFindSuite(name, out var suite))
        {
            part = new CipherSelector(
                suite.KeyExchange, suite.Authentication, suite.Encryption, suite.Mac,
                suite.MinProtocol, suite.Strength, suite.Code);
            isSuite = true;
            return true;
        }

        isSuite = false;
        if (dialect.Catalog.TryFindAlias(name, out var alias))
        {
            part = new CipherSelector(
                alias.KeyExchange, alias.Authentication, alias.Encryption, alias.Mac,
                alias.Protocol, alias.Strength, null);
            return true;
        }

        part = default;
        return false;
    }

    private bool RunCommand(string text, (int Offset, int Length) command, bool report)
    {
        var name = text.Substring(command.Offset, command.Length);
        if (name == "STRENGTH")
        {
            list.Apply(CipherRuleOperation.SortByStrength, _ => true);
            return true;
        }

        if (dialect.SupportsSecurityLevel && name.Length == 10 && name.StartsWith("SECLEVEL=", StringComparison.Ordinal)
            && name[9] is >= '0' and <= '5')
        {
            SecurityLevel = name[9] - '0';
            return true;
        }

        if (report)
        {
            var supported = dialect.SupportsSecurityLevel ? "@STRENGTH and @SECLEVEL=0 to @SECLEVEL=5" : "@STRENGTH";
            diagnostics.Add(new CipherStringDiagnostic(
                CipherStringDiagnosticKind.InvalidCommand, CipherStringSeverity.Error, command.Offset - 1, command.Length + 1,
                $"invalid command '@{name}': OpenSSL {dialect.Version.ToVersionString()} supports only {supported}"));
        }

        return false;
    }

    private static CipherStringDiagnostic InvalidCommand(string text, int position)
    {
        var message = position < text.Length
            ? $"invalid command: '{text[position]}' cannot start a cipher name; separate entries with ':'"
            : "invalid command: the cipher string ends where a cipher name is expected";
        return new CipherStringDiagnostic(
            CipherStringDiagnosticKind.InvalidCommand, CipherStringSeverity.Error,
            Math.Min(position, text.Length), position < text.Length ? 1 : 0, message);
    }

    private static int SkipToSeparator(string text, int position)
    {
        while (position < text.Length && !IsSeparator(text[position]))
        {
            position++;
        }

        return position;
    }
}
