namespace AltIdShell.Core.Certificates;

/// <summary>What the certificate's OCSP responder said, or that nobody was asked or answered.</summary>
public enum RevocationStatus
{
    /// <summary>The responder, signing for the issuing CA, says the certificate is not revoked.</summary>
    Good,
    Revoked,
    /// <summary>The responder does not know the certificate.</summary>
    Unknown,
    /// <summary>Offline, no responder named, no answer or no trustworthy answer: nothing is known either way.</summary>
    NotChecked,
}
