using System.Reflection;

namespace Mibc.Compiler;

/// <summary>The version of this mibc build.</summary>
public static class VersionInfo
{
    /// <summary>The informational version, such as <c>0.1.0</c>, without source revision metadata.</summary>
    public static string Version { get; } =
        (typeof(VersionInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
