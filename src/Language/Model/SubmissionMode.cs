namespace Mibc.Language.Model;

/// <summary>How the submission port 587 treats authentication.</summary>
public enum SubmissionMode
{
    /// <summary>AUTH is offered only after STARTTLS.</summary>
    StarttlsRequired,

    /// <summary>AUTH is offered before STARTTLS too, so a password can cross in plaintext.</summary>
    StarttlsOptional,
}
