using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Desktop.Notifications;

/// <summary>What the notification after an export says, in one language, before it becomes toast XML or a balloon.</summary>
public sealed record ExportNotification
{
    private ExportNotification(string title, string verdict, IReadOnlyList<string> lines, IReadOnlyList<string> warnings,
        string outputPath, string openFolderLabel, string copyPathLabel)
    {
        Title = title;
        Verdict = verdict;
        Lines = lines;
        Warnings = warnings;
        OutputPath = outputPath;
        OpenFolderLabel = openFolderLabel;
        CopyPathLabel = copyPathLabel;
    }

    public string Title { get; }
    /// <summary>The verdict sentence: the first thing after the title, wherever the notification is shown.</summary>
    public string Verdict { get; }
    /// <summary>Organisation and CVR; certificate name; valid until and production/test.</summary>
    public IReadOnlyList<string> Lines { get; }
    public IReadOnlyList<string> Warnings { get; }
    public string OutputPath { get; }
    public string OpenFolderLabel { get; }
    public string CopyPathLabel { get; }

    public static ExportNotification For(ExportResult result, CultureInfo culture)
    {
        var s = result.Summary;
        var fileName = FileName(result.OutputPath);
        var title = result.Outcome switch
        {
            ExportOutcome.Replaced => TrayText.NotifyReplaced,
            ExportOutcome.AlreadyExported => TrayText.NotifyAlreadyExported,
            _ => TrayText.NotifyWritten,
        };
        var lines = new[]
        {
            TrayText.NotifyOrganisation.Format(
                s.Organisation ?? TrayText.UnknownOrganisation.For(culture),
                s.Cvr ?? TrayText.UnknownCvr.For(culture)).For(culture),
            s.CertificateName,
            TrayText.NotifyValidUntil.Format(s.NotAfter, CertificateText.For(s.Environment).For(culture)).For(culture),
        }.Select(DisplayText.Escape).ToArray();
        var warnings = s.AltId.Reasons.Select(w => DisplayText.Escape(CertificateWarningText.For(w, s).For(culture))).ToArray();
        // Escaped here, once for the toast and the balloon: a right-to-left override in an O or a file name would
        // otherwise make "S/A tibmoK" read as "Kombit A/S".
        return new ExportNotification(DisplayText.Escape(title.Format(fileName).For(culture)), CertificateText.Verdict(s).For(culture), lines, warnings, result.OutputPath,
            TrayText.NotifyOpenFolder.For(culture), TrayText.NotifyCopyPath.For(culture));
    }

    /// <summary>The name after the last \ or /, so a Windows path reads the same when the tests run on Linux.</summary>
    private static string FileName(string path) => path.Substring(path.LastIndexOfAny(new[] { '\\', '/' }) + 1);
}
