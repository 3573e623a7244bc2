using Renci.SshNet;
using Renci.SshNet.Common;

namespace Mibc.Compiler.Verify;

/// <summary>Asks an SSH server which login methods it allows, without sending any credential.</summary>
internal static class SshProbe
{
    public static Task<IReadOnlyList<string>> AllowedMethodsAsync(VerifyEndpoint endpoint, CancellationToken cancellation) =>
        Task.Run<IReadOnlyList<string>>(
            () =>
            {
                // The "none" method is refused by any sane server, and the refusal lists the methods it accepts.
                var none = new NoneAuthenticationMethod("mibc-verify");
                var info = new ConnectionInfo(endpoint.Address, endpoint.Port, "mibc-verify", none) { Timeout = TimeSpan.FromSeconds(10) };
                using var client = new SshClient(info);
                try
                {
                    client.Connect();
                }
                catch (SshAuthenticationException)
                {
                    // Expected: the server refused "none".
                }

                return none.AllowedAuthentications ?? [];
            },
            cancellation);
}
