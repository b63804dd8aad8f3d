namespace AltIdShell.Core.Certificates;

/// <summary>Asks whether a certificate, already verified under its issuing CA, has been revoked.</summary>
internal interface IRevocationChecker
{
    RevocationAnswer Check(ParsedCertificate leaf, ParsedCertificate issuingCa);
}
