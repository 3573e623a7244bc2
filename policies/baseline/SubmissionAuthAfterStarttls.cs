using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2101", "submission-auth-after-starttls",
    Level = RuleLevel.Error,
    Category = "credentials",
    Summary = "The submission port offers AUTH only after STARTTLS.",
    Help = """
        When port 587 offers AUTH before STARTTLS, a mail client can send the user's password before the
        connection is encrypted, and anyone on the path reads it. Postfix refuses AUTH on an unencrypted
        connection when smtpd_tls_auth_only is on, which submission = starttls_required sets.

        Fix: set submission = starttls_required in the policy block.
        """)]
public sealed class SubmissionAuthAfterStarttls : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var submission = context.Box.Policy.Submission;
        if (submission.Value == SubmissionMode.StarttlsOptional)
        {
            context.Report(submission,
                "submission = starttls_optional offers AUTH before STARTTLS, so passwords can cross in plaintext: set submission = starttls_required");
        }
    }
}
