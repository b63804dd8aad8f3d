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
    private ExportNotification(string title, string verdict, IReadOnlyList<string> lines, IReadOnlyList<string> reasons,
        NotificationIcon icon, string outputPath, string openFolderLabel, string copyPathLabel)
    {
        Title = title;
        Verdict = verdict;
        Lines = lines;
        Reasons = reasons;
        Icon = icon;
        OutputPath = outputPath;
        OpenFolderLabel = openFolderLabel;
        CopyPathLabel = copyPathLabel;
    }

    /// <summary>The verdict over the file's name: "Ikke egnet til AltID: Medarbejder.cer", never a bare "saved".</summary>
    public string Title { get; }
    /// <summary>The verdict sentence: the first thing after the title, wherever the notification is shown.</summary>
    public string Verdict { get; }
    /// <summary>What became of an existing file, if anything; organisation and CVR; certificate name; valid until and production/test.</summary>
    public IReadOnlyList<string> Lines { get; }
    /// <summary>Each reason with its weight in front: "Blokerer: …", "Kun test: …", "Bemærk: …".</summary>
    public IReadOnlyList<string> Reasons { get; }
    public NotificationIcon Icon { get; }
    public string OutputPath { get; }
    public string OpenFolderLabel { get; }
    public string CopyPathLabel { get; }

    public static ExportNotification For(ExportResult result, CultureInfo culture, LocalTime time)
    {
        var s = result.Summary;
        var outcome = result.Outcome switch
        {
            ExportOutcome.Replaced => TrayText.NotifyReplaced.For(culture),
            ExportOutcome.AlreadyExported => TrayText.NotifyAlreadyExported.For(culture),
            _ => null,
        };
        var lines = new[]
        {
            TrayText.NotifyOrganisation.Format(
                s.Organisation ?? TrayText.UnknownOrganisation.For(culture),
                s.Cvr ?? TrayText.UnknownCvr.For(culture)).For(culture),
            s.CertificateName,
            TrayText.NotifyValidUntil.Format(time.Date(s.NotAfter), CertificateText.For(s.Environment)).For(culture),
        }.Select(DisplayText.Escape);
        var reasons = s.AltId.Reasons.Select(w => DisplayText.Escape(VerdictText.Labelled(w, s).For(culture))).ToArray();
        // Escaped here, once for the toast and the balloon: a right-to-left override in an O or a file name would
        // otherwise make "S/A tibmoK" read as "Kombit A/S".
        return new ExportNotification(VerdictText.Headline(s.AltId.Kind, FileName(result.OutputPath)).For(culture),
            CertificateText.Verdict(s).For(culture), (outcome == null ? lines : lines.Prepend(outcome)).ToArray(), reasons,
            NotificationIcons.For(s.AltId.Kind), result.OutputPath, TrayText.NotifyOpenFolder.For(culture), TrayText.NotifyCopyPath.For(culture));
    }

    /// <summary>The name after the last \ or /, so a Windows path reads the same when the tests run on Linux.</summary>
    private static string FileName(string path) => path.Substring(path.LastIndexOfAny(new[] { '\\', '/' }) + 1);
}
