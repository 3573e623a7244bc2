using System.Collections.Frozen;

namespace Mibc.Compiler.Policies.Compilation;

/// <summary>Which namespaces and types policies may use, and the reason given for the others.</summary>
internal static class SandboxRules
{
    /// <summary>Namespaces whose types policies may use, sub-namespaces excluded.</summary>
    public static readonly FrozenSet<string> AllowedNamespaces = FrozenSet.ToFrozenSet(
    [
        "System",
        "System.Collections.Generic",
        "System.Collections.Immutable",
        "System.Linq",
        "System.Text",
        "System.Text.RegularExpressions",
        "Mibc.Language.Model",
        "Mibc.Language.Text",

        // The TLS engine is pure computation over cipher tables, for rules that check cipher strings.
        "Mibc.Language.Tls",
        "Mibc.Language.Tls.Formatting",
        "Mibc.Compiler.Policies.Api",
    ]);

    /// <summary>Types in allowed namespaces that reach outside the model anyway, by full metadata name.</summary>
    public static readonly FrozenDictionary<string, string> DeniedTypes = new Dictionary<string, string>
    {
        ["System.Activator"] = "reflection",
        ["System.AppContext"] = "the process and its environment",
        ["System.AppDomain"] = "the process and its environment",
        ["System.ArgIterator"] = "unsafe code and runtime internals",
        ["System.Console"] = "console input and output",
        ["System.Delegate"] = "reflection",
        ["System.Environment"] = "the process and its environment",
        ["System.GC"] = "the process and its environment",
        ["System.MTAThreadAttribute"] = "threads and tasks",
        ["System.MulticastDelegate"] = "reflection",
        ["System.Progress`1"] = "threads and tasks",
        ["System.RuntimeArgumentHandle"] = "unsafe code and runtime internals",
        ["System.RuntimeFieldHandle"] = "reflection",
        ["System.RuntimeMethodHandle"] = "reflection",
        ["System.RuntimeTypeHandle"] = "reflection",
        ["System.STAThreadAttribute"] = "threads and tasks",
        ["System.ThreadStaticAttribute"] = "threads and tasks",
        ["System.TimeZoneInfo"] = "the process and its environment",
        ["System.Type"] = "reflection",
        ["System.TypedReference"] = "unsafe code and runtime internals",
        ["System.Linq.EnumerableExecutor`1"] = "reflection",
        ["System.Linq.EnumerableQuery`1"] = "reflection",
        ["System.Linq.ParallelEnumerable"] = "threads and tasks",
        ["System.Linq.ParallelQuery"] = "threads and tasks",
        ["System.Linq.ParallelQuery`1"] = "threads and tasks",
        ["System.Linq.Queryable"] = "reflection",
        ["System.Text.RegularExpressions.RegexCompilationInfo"] = "reflection",
    }.ToFrozenDictionary();

    /// <summary>Types outside the allowed namespaces that plain C# code uses implicitly, such as for string interpolation.</summary>
    public static readonly FrozenSet<string> AllowedTypes = FrozenSet.ToFrozenSet(
    [
        "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler",
    ]);

    private static readonly (string Prefix, string Reason)[] NamespaceReasons =
    [
        ("System.IO", "file system access"),
        ("System.Net", "network access"),
        ("System.Diagnostics", "processes and debugging"),
        ("System.Threading", "threads and tasks"),
        ("System.Reflection", "reflection"),
        ("System.Runtime", "unsafe code and runtime internals"),
        ("System.Security", "the process and its environment"),
        ("Microsoft.Win32", "the process and its environment"),
        ("Mibc", "mibc's internals outside the policy and model API"),
    ];

    /// <summary>Returns why a namespace outside the allowed list is denied.</summary>
    public static string ReasonFor(string namespaceName)
    {
        foreach (var (prefix, reason) in NamespaceReasons)
        {
            if (namespaceName == prefix || namespaceName.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                return reason;
            }
        }

        return "it is outside the namespaces policies may use";
    }
}
