using System;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Text;

namespace AltIdShell.Desktop.Tray;

/// <summary>
/// What the existing-file question says about the file already there, so that "keep both" or "replace" is decided on
/// what differs: the certificate in it, until when it is valid, and when the file was written.
/// </summary>
public static class ExistingFileText
{
    /// <param name="path">The .cer already there.</param>
    /// <param name="inspect">Reads and describes it (the engine's <c>CertificateExporter.InspectCer</c>).</param>
    /// <param name="written">When the file was last written.</param>
    /// <param name="time">The zone its times are shown in.</param>
    public static LocalizedText Describe(string path, Func<string, CerInspection> inspect, DateTimeOffset written, LocalTime time)
    {
        try
        {
            var s = inspect(path).Summary;
            return TrayText.ExistingFileDialog.ExistingCertificate.Format(DisplayText.Escape(s.CertificateName), time.Date(s.NotAfter), time.DateAndTime(written));
        }
        catch (ExportException)
        {
            return TrayText.ExistingFileDialog.ExistingOther.Format(time.DateAndTime(written));
        }
    }
}
