using System.Collections.Generic;
using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2110", "password-hash-strong",
    Level = RuleLevel.Error,
    Category = "credentials",
    Summary = "Passwords are stored as SHA512-CRYPT, BLF-CRYPT or ARGON2ID hashes.",
    Help = """
        box.mib and the passwd-file on the host hold every user's password hash, so a leak of either must
        not give the passwords away. Salted, slow schemes make each guess expensive: SHA512-CRYPT,
        BLF-CRYPT (bcrypt) and ARGON2ID. PLAIN and CLEAR store the password itself; CRYPT (DES), MD5-CRYPT,
        SHA1 and the other fast or unsalted schemes fall to a GPU in hours.

        Fix: make a new hash with 'doveadm pw -s SHA512-CRYPT' (or BLF-CRYPT, ARGON2ID) and put it in
        the user's password.
        """)]
public sealed class PasswordHashStrong : PolicyRule
{
    private static readonly HashSet<string> Strong = ["SHA512-CRYPT", "BLF-CRYPT", "ARGON2ID"];

    private static readonly HashSet<string> Plaintext = ["PLAIN", "CLEAR", "CLEARTEXT", "PLAIN-TRUNC"];

    public override void Check(PolicyContext context)
    {
        foreach (var user in context.Box.Users)
        {
            var scheme = user.Password.Value.Scheme;
            if (Strong.Contains(scheme))
            {
                continue;
            }

            var problem = Plaintext.Contains(scheme)
                ? $"is stored in plain text ({{{scheme}}})"
                : $"uses the weak scheme {{{scheme}}}";
            context.Report(user.Password,
                $"the password of {user.Address.Value.Unicode} {problem}: store a hash made by 'doveadm pw -s SHA512-CRYPT' (or BLF-CRYPT, ARGON2ID)");
        }
    }
}
