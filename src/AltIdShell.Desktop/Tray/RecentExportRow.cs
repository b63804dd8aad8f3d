using System;
using System.Collections.Generic;
using System.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Recent;

namespace AltIdShell.Desktop.Tray;

/// <summary>
/// What the recent-exports window and the tray menu show of an export, every part from the list escaped: the list file
/// is the user's, but what is in it came from certificates and paths.
/// </summary>
public static class RecentExportRow
{
    /// <summary>Characters of the folder shown in its column; the whole path is the row's tooltip.</summary>
    public const int FolderLength = 40;

    /// <summary>Characters of the file name in a menu entry: the menu is narrow, the name is what differs.</summary>
    public const int MenuFileLength = 36;

    /// <summary>
    /// The columns, the file and its folder right after the verdict: they are what to pick in the register's upload
    /// dialog, and they stay in view on a narrow screen. The heading of the export time says its zone, as it stands
    /// <paramref name="now"/>, so each cell need not.
    /// </summary>
    public static IReadOnlyList<LocalizedText> Columns(LocalTime time, DateTimeOffset now) => new[]
    {
        TrayText.ColumnAltId, TrayText.ColumnFile, TrayText.ColumnFolder, CertificateText.Organisation, CertificateText.Cvr,
        CertificateText.CertificateName, CertificateText.ValidUntil, TrayText.ColumnStatus, TrayText.ColumnExportedAt.Format(time.ZoneName(now)),
    };

    public static string[] Cells(RecentExport entry, IReadOnlyList<RecentExport> all, DateTimeOffset now, LocalTime time) => new[]
    {
        TrayText.Verdict(entry.Verdict).ToString(),
        FileName(entry.OutputPath),
        MiddleCut.Cut(Folder(entry.OutputPath), FolderLength),
        entry.Organisation ?? "",
        entry.Cvr ?? "",
        entry.CertificateName,
        time.Date(entry.NotAfter),
        RecentExportStatus.For(entry, all, now).Text.ToString(),
        time.DateAndTimeWithoutZone(entry.ExportedAt),
    }.Select(DisplayText.Escape).ToArray();

    /// <summary>The whole path, for the row's tooltip.</summary>
    public static string ToolTip(RecentExport entry) => DisplayText.Escape(entry.OutputPath);

    /// <summary>"Kun til test · SP_DEVTEST4…SF0101_1.cer (til 2029-06-07)": the verdict, then what tells two exports apart.</summary>
    public static LocalizedText MenuEntry(RecentExport entry, LocalTime time) =>
        TrayText.Menu.RecentItem.Format(TrayText.Verdict(entry.Verdict),
            DisplayText.Escape(MiddleCut.Cut(FileName(entry.OutputPath), MenuFileLength)), time.Date(entry.NotAfter));

    /// <summary>After the last \ or /, so a Windows path reads the same when the tests run on Linux.</summary>
    private static string FileName(string path) => path.Substring(path.LastIndexOfAny(new[] { '\\', '/' }) + 1);

    private static string Folder(string path) => path.Substring(0, Math.Max(0, path.LastIndexOfAny(new[] { '\\', '/' })));
}
