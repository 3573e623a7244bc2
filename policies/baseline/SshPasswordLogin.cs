using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2111", "ssh-password-login",
    Level = RuleLevel.Warning,
    Category = "ssh",
    Summary = "Warns when the host's SSH server accepts password logins.",
    Help = """
        SSH encrypts a password login, but the password can still be guessed: bots try common passwords
        against every SSH server on the internet. Key-only login (PasswordAuthentication no in
        sshd_config) leaves them nothing to guess.

        Fix: put your public key in ~/.ssh/authorized_keys on the host, check that key login works,
        then set password_login = false in box { ssh { ... } }.
        """)]
public sealed class SshPasswordLogin : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var passwordLogin = context.Box.Host.Ssh.PasswordLogin;
        if (passwordLogin.Value)
        {
            context.Report(passwordLogin,
                "password_login = true lets anyone on the internet guess SSH passwords: log in with a key and set password_login = false");
        }
    }
}
