namespace Mibc.Compiler.Verify;

/// <summary>Where a check connects, and the name it presents for TLS and HTTP.</summary>
/// <param name="Address">The host or address to connect to.</param>
/// <param name="Port">The TCP port.</param>
/// <param name="ServerName">The box's host name, sent as SNI and in the HTTP Host header.</param>
public sealed record VerifyEndpoint(string Address, int Port, string ServerName)
{
    /// <inheritdoc />
    public override string ToString() => Address.Contains(':') ? $"[{Address}]:{Port}" : $"{Address}:{Port}";
}
