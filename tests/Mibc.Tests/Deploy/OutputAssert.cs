namespace Mibc.Tests.Deploy;

/// <summary>Asserts on a process's output and prints all of it on failure, since a shortened output hides the cause.</summary>
internal static class OutputAssert
{
    public static void Contains(string expected, string output) =>
        Assert.True(output.Contains(expected, StringComparison.Ordinal), $"expected to find:\n{expected}\nin the output:\n{output}");

    public static void DoesNotContain(string unexpected, string output) =>
        Assert.False(output.Contains(unexpected, StringComparison.Ordinal), $"expected not to find:\n{unexpected}\nin the output:\n{output}");
}
