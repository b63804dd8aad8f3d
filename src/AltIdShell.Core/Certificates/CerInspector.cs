using System;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Pkcs12;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// Reads a certificate file (.cer, .crt, .p7b; DER, PEM or bare Base64) and says what it holds: the certificate
/// an export would take, and whether a private key or anything else slipped in.
/// </summary>
public static class CerInspector
{
    public static CerInspection Inspect(byte[] file, DateTimeOffset now, string? selectedSha256 = null, Pkcs12Limits? limits = null,
        CertificateChecks? checks = null)
    {
        if (PfxShape.Matches(file))
            throw ExportErrors.NotACertificate(FileReasonText.Pkcs12File);
        var container = CertificateContainerReader.Read(file, limits ?? Pkcs12Limits.Default) ?? throw ExportErrors.NotACertificate(
            CertificateContainerReader.PrivateKeyReason(file) ?? FileReasonText.NoCertificate);
        // Candidates are judged without the network; only the one described is worth an OCSP request.
        var all = checks ?? CertificateChecks.Offline;
        var offline = all.WithoutRevocation();
        var (der, summary, question) = LeafChoice.Choose(LeafSelector.Candidates(container.Certificates), selectedSha256,
            leaf => CertificateDescriber.Describe(leaf, now, offline));
        if (question != null)
            throw ExportErrors.SeveralCertificates(question.Text, question.Candidates);
        if (all.ChecksRevocation)
            summary = CertificateDescriber.Describe(der!, now, all);
        return new CerInspection(summary!, container);
    }
}
