using System;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;

namespace AltIdShell.Desktop.Recent;

/// <summary>
/// Whether a recent export's .cer is still the one exported, read again right before it is copied or its fingerprint
/// handed out: anything with write access to the folder can have replaced it since, and the user is about to upload
/// whatever is there.
/// </summary>
public static class RecentCerCheck
{
    /// <param name="entry">The export as the list recorded it.</param>
    /// <param name="inspect">Reads and describes the .cer (the engine's <c>CertificateExporter.InspectCer</c>).</param>
    public static RecentCerState Of(RecentExport entry, Func<string, CerInspection> inspect)
    {
        CerInspection now;
        try
        {
            now = inspect(entry.OutputPath);
        }
        catch (ExportException e)
        {
            return e.Kind switch
            {
                ExportErrorKind.SourceNotFound => RecentCerState.Missing,
                ExportErrorKind.AccessDenied or ExportErrorKind.FileLocked or ExportErrorKind.Io => RecentCerState.Unreadable,
                _ => RecentCerState.Changed,
            };
        }
        // The whole file, not only the certificate in it: a file in upload form is that certificate's DER and nothing
        // else, so with the same SHA-256 it is byte for byte what was exported. A PEM re-encoding or bytes appended fail.
        var same = Fingerprint.Normalize(now.Summary.Sha256Fingerprint) == Fingerprint.Normalize(entry.Sha256Fingerprint);
        return same && now.IsUploadForm ? RecentCerState.Unchanged : RecentCerState.Changed;
    }
}
