using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using Mibc.Compiler.Policies.Api;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Text;

namespace Mibc.Compiler.Policies;

/// <summary>
/// Runs one rule on its own thread under a budget, and turns a timeout or an exception into a diagnostic
/// that names the rule.
/// </summary>
internal static class PolicyRunner
{
    // NOTE: the budget checks compiled into the policy stop loops and recursion in the rule's own code.
    // A long call into the framework (a huge LINQ range, a regex that backtracks) has no such checks, so after
    // this grace the thread is abandoned: .NET cannot abort it, and as a background thread it ends with the process.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    private const int StackSize = 16 * 1024 * 1024;

    /// <summary>Runs a rule and returns its findings and, if it failed, the diagnostic about the failure.</summary>
    public static (ImmutableArray<PolicyFinding> Findings, Diagnostic? Failure) Run(
        LoadedRule rule, BoxModel box, PolicyLimits limits, IReadOnlyList<PolicyPack> packs)
    {
        var context = new PolicyContext(box);
        Exception? failure = null;
        string? exceededBy = null;
        var thread = new Thread(
            () =>
            {
                using var budget = PolicyBudget.Enter(limits);
                try
                {
                    var instance = (PolicyRule)Activator.CreateInstance(rule.Type)!;
                    instance.Check(context);
                }
                catch (TargetInvocationException error) when (error.InnerException is not null)
                {
                    failure = error.InnerException;
                }
                catch (Exception error)
                {
                    // A rule may throw anything; it is reported below and must not stop the other rules.
                    failure = error;
                }

                exceededBy = budget.ExceededBy;
            },
            StackSize)
        {
            IsBackground = true,
            Name = $"mibc policy {rule.Info.Name}",
        };

        thread.Start();
        var finished = thread.Join(limits.Time + Grace);
        var findings = context.Close();
        if (!finished)
        {
            var reason = limits.Describe() + " inside a framework call";
            return (findings, DiagnosticCatalog.PolicyTimedOut.Create(rule.Info.Location, rule.Info.Name, rule.Info.Id, reason));
        }

        if (exceededBy is not null)
        {
            return (findings, DiagnosticCatalog.PolicyTimedOut.Create(rule.Info.Location, rule.Info.Name, rule.Info.Id, exceededBy));
        }

        if (failure is not null)
        {
            var location = ThrowLocation(failure, rule, packs) ?? rule.Info.Location;
            return (findings, DiagnosticCatalog.PolicyThrew.Create(location, rule.Info.Name, rule.Info.Id, failure.GetType().Name, failure.Message));
        }

        return (findings, null);
    }

    /// <summary>Finds the policy source line that threw, from the stack trace and the policy assembly's PDB.</summary>
    private static SourceSpan? ThrowLocation(Exception failure, LoadedRule rule, IReadOnlyList<PolicyPack> packs)
    {
        var frames = new StackTrace(failure, fNeedFileInfo: true).GetFrames();
        foreach (var frame in frames)
        {
            if (frame.GetMethod()?.Module.Assembly != rule.Type.Assembly || frame.GetFileLineNumber() <= 0)
            {
                continue;
            }

            if (PolicySetLoader.FindTree(frame.GetFileName(), packs) is { } found)
            {
                return LineSpan(found.File.Text, frame.GetFileLineNumber());
            }
        }

        return null;
    }

    /// <summary>Returns the span of a line without its indentation.</summary>
    /// <remarks>
    /// NOTE: the PDB's columns count the budget checks inserted into the line, so only its line number
    /// matches the file as written.
    /// </remarks>
    private static SourceSpan LineSpan(SourceText text, int line)
    {
        var offset = 0;
        for (var current = 1; current < line && offset < text.Text.Length; offset++)
        {
            if (text.Text[offset] == '\n')
            {
                current++;
            }
        }

        var end = text.Text.IndexOf('\n', offset);
        end = end < 0 ? text.Text.Length : end;
        var start = offset;
        while (start < end && char.IsWhiteSpace(text.Text[start]))
        {
            start++;
        }

        return text.GetSpan(TextSpan.FromBounds(start, end > start && text.Text[end - 1] == '\r' ? end - 1 : end));
    }
}
