using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Text;

namespace AltIdShell.Desktop.Tray;

/// <summary>
/// What "Check certificate for AltID" shows for one file: the verdict first, its reasons labelled by weight, whether
/// the file is in the form the register asks for (or each way it is not, as <c>inspect</c> says it), then who the
/// certificate is for, its validity in local time and fingerprints; for a file that is no certificate (a .p12 renamed .cer, garbage), why, in words.
/// Only reads: no password is asked for and nothing is written. Everything taken from the file or its name is escaped.
/// </summary>
public sealed record CertificateCheckReport
{
    private CertificateCheckReport(string fileName, VerdictKind? verdict, IReadOnlyList<string> lines)
    {
        FileName = fileName;
        Verdict = verdict;
        Lines = lines;
    }

    /// <summary>The file's name, escaped.</summary>
    public string FileName { get; }

    /// <summary>Null when the file could not be read as a certificate.</summary>
    public VerdictKind? Verdict { get; }

    /// <summary>The verdict and its reasons, then the details; or why the file could not be read.</summary>
    public IReadOnlyList<string> Lines { get; }

    public static CertificateCheckReport For(string path, Func<string, CerInspection> inspect, CultureInfo culture, LocalTime time)
    {
        var fileName = DisplayText.Escape(Path.GetFileName(path));
        CerInspection inspection;
        try
        {
            inspection = inspect(path);
        }
        catch (ExportException e)
        {
            return new CertificateCheckReport(fileName, null, new[] { DisplayText.Escape(e.Text.For(culture)) });
        }
        var summary = inspection.Summary;
        var lines = new List<string> { CertificateText.Verdict(summary).For(culture) };
        lines.AddRange(summary.AltId.Reasons.Select(reason => "• " + DisplayText.Escape(VerdictText.Labelled(reason, summary).For(culture))));
        lines.AddRange(CerFormText.Lines(inspection).Select(line => line.For(culture)));
        var rows = new (LocalizedText Label, string? Value)[]
        {
            (CertificateText.Organisation, summary.Organisation),
            (CertificateText.Cvr, summary.Cvr),
            (CertificateText.CertificateName, summary.CertificateName),
            (CertificateText.ValidFrom, time.DateAndTime(summary.NotBefore).For(culture)),
            (CertificateText.ValidUntil, time.DateAndTime(summary.NotAfter).For(culture)),
            (CertificateText.Sha256, summary.Sha256Fingerprint),
            (CertificateText.Sha1, summary.Sha1Fingerprint),
        };
        lines.Add("");
        lines.AddRange(rows.Where(r => r.Value != null).Select(r => r.Label.For(culture) + ": " + DisplayText.Escape(r.Value)));
        return new CertificateCheckReport(fileName, summary.AltId.Kind, lines);
    }

    /// <summary>The file's name and its lines, as the window shows them and its copy button copies them.</summary>
    public override string ToString() => FileName + Environment.NewLine + string.Join(Environment.NewLine, Lines);
}
