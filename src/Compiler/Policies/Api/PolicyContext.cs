using System.Collections.Immutable;
using Mibc.Language.Model;
using Mibc.Language.Text;

namespace Mibc.Compiler.Policies.Api;

/// <summary>What a rule sees while it runs: the box model, and where findings go.</summary>
public sealed class PolicyContext
{
    private readonly Lock gate = new();
    private readonly List<PolicyFinding> findings = [];
    private bool closed;

    internal PolicyContext(BoxModel box)
    {
        Box = box;
    }

    /// <summary>The checked model of the box.mib file.</summary>
    public BoxModel Box { get; }

    /// <summary>Reports a finding at the span of a model value.</summary>
    /// <param name="value">The value the finding is about; a default value points at the block that would set it.</param>
    /// <param name="message">What is wrong, on which value, and how to fix it.</param>
    public void Report<T>(Located<T> value, string message)
    {
        ArgumentNullException.ThrowIfNull(value);
        Report(value.Span, message);
    }

    /// <summary>Reports a finding at the span of a model value, at the rule's level or <paramref name="maximumLevel"/>, whichever is lower.</summary>
    /// <param name="value">The value the finding is about; a default value points at the block that would set it.</param>
    /// <param name="message">What is wrong, on which value, and how to fix it.</param>
    /// <param name="maximumLevel">The highest level the finding may get: info, warning or error.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximumLevel"/> is off.</exception>
    public void Report<T>(Located<T> value, string message, RuleLevel maximumLevel)
    {
        ArgumentNullException.ThrowIfNull(value);
        Report(value.Span, message, maximumLevel);
    }

    /// <summary>Reports a finding at a source span.</summary>
    /// <param name="location">Where the finding applies.</param>
    /// <param name="message">What is wrong, on which value, and how to fix it.</param>
    public void Report(SourceSpan location, string message) => Report(location, message, RuleLevel.Error);

    /// <summary>
    /// Reports a finding that is less serious than the rule's other findings, such as weak TLS on a listener
    /// where the alternative is plaintext: it gets the rule's level or <paramref name="maximumLevel"/>,
    /// whichever is lower.
    /// </summary>
    /// <param name="location">Where the finding applies.</param>
    /// <param name="message">What is wrong, on which value, and how to fix it.</param>
    /// <param name="maximumLevel">The highest level the finding may get: info, warning or error.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximumLevel"/> is off; a rule that should stay silent reports nothing.</exception>
    public void Report(SourceSpan location, string message, RuleLevel maximumLevel)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        if (maximumLevel is not (RuleLevel.Info or RuleLevel.Warning or RuleLevel.Error))
        {
            throw new ArgumentOutOfRangeException(nameof(maximumLevel), maximumLevel, "A finding's maximum level is info, warning or error.");
        }

        lock (gate)
        {
            // NOTE: a rule abandoned after its timeout may still run; what it reports then is dropped.
            if (!closed)
            {
                findings.Add(new PolicyFinding(location, message, maximumLevel));
            }
        }
    }

    /// <summary>Stops accepting findings and returns those reported so far.</summary>
    internal ImmutableArray<PolicyFinding> Close()
    {
        lock (gate)
        {
            closed = true;
            return [.. findings];
        }
    }
}
