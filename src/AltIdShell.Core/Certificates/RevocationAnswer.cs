namespace AltIdShell.Core.Certificates;

/// <summary>What asking the OCSP responder came to: the status, and the reason the verdict gives for it (none for good).</summary>
internal readonly record struct RevocationAnswer(RevocationStatus Status, CertificateWarning? Reason)
{
    public static RevocationAnswer Good => new(RevocationStatus.Good, null);

    public static RevocationAnswer Revoked => new(RevocationStatus.Revoked, CertificateWarning.Revoked);

    public static RevocationAnswer Unknown => new(RevocationStatus.Unknown, CertificateWarning.RevocationUnknown);

    /// <summary>Nothing known either way; <paramref name="why"/>: not asked, not reached, or an answer not to be trusted.</summary>
    public static RevocationAnswer NotChecked(CertificateWarning why) => new(RevocationStatus.NotChecked, why);
}
