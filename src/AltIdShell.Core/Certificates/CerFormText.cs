using System.Collections.Generic;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// Whether a certificate file is in the form the AltID register asks for (DER, one certificate, no key, nothing
/// else), or each way it is not: what the check window and <c>inspect</c> say about a file's form, apart from the
/// verdict on the certificate in it.
/// </summary>
public static class CerFormText
{
    public static LocalizedText UploadForm { get; } = new(
        "Filen har den form, registret beder om: DER, ét certifikat, ingen privat nøgle.",
        "The file is in the form the register asks for: DER, one certificate, no private key.");
    public static LocalizedText OtherData { get; } = new(
        "PAS PÅ: Filen indeholder andre data end certifikaterne, måske en nøgle. Upload den ikke; eksportér en ren .cer fra .p12-filen.",
        "CAUTION: The file holds data besides its certificates, perhaps a key. Do not upload it; export a clean .cer from the .p12 file.");
    public static LocalizedText Pkcs7 { get; } = new(
        "Filen er en PKCS#7-samling (.p7b). AltID forventer én .cer i DER-format.",
        "The file is a PKCS#7 bundle (.p7b). AltID expects a single .cer in DER form.");
    /// <summary>{0}: how many.</summary>
    public static LocalizedText Several { get; } = new(
        "Filen indeholder {0} certifikater; AltID forventer ét.", "The file holds {0} certificates; AltID expects one.");
    public static LocalizedText Pem { get; } = new(
        "Filen er i PEM-format (Base64). AltIDs vejledning beder om DER.",
        "The file is PEM (Base64). The AltID guide asks for DER.");

    public static LocalizedText Ber { get; } = new(
        "Certifikatet er kodet i BER, ikke i DER, som registret beder om. Eksportér en ren .cer fra .p12-filen.",
        "The certificate is encoded in BER, not in the DER the register asks for. Export a clean .cer from the .p12 file.");

    /// <summary>One line when the file is in upload form; otherwise a line for each thing that is not, the key first.</summary>
    public static IReadOnlyList<LocalizedText> Lines(CerInspection file)
    {
        if (file.IsUploadForm)
            return new[] { UploadForm };
        var lines = new List<LocalizedText>();
        // Bytes beside the certificates may be a key in another form: never say "no private key" then.
        if (file.ContainsPrivateKey)
            lines.Add(CertificateText.HoldsPrivateKey);
        else if (file.HasOtherData)
            lines.Add(OtherData);
        if (file.Kind == CertificateContainerKind.Pkcs7Bundle)
            lines.Add(Pkcs7);
        if (file.CertificateCount > 1)
            lines.Add(Several.Format(file.CertificateCount));
        if (file.Format == CerFormat.Pem)
            lines.Add(Pem);
        if (!file.IsDerEncoded)
            lines.Add(Ber);
        return lines;
    }
}
