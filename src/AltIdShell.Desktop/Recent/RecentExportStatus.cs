using System;
using System.Collections.Generic;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Reminders;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Desktop.Recent;

/// <summary>
/// The recent list's status column: the renewal view of an export (valid, expires in N days, expired, superseded by
/// a newer certificate). Its own column, apart from the AltID verdict, which says whether the certificate suits the
/// register at all.
/// </summary>
public sealed record RecentExportStatus(RecentExportStatusKind Kind, int DaysLeft)
{
    public static RecentExportStatus For(RecentExport entry, IReadOnlyList<RecentExport> all, DateTimeOffset now)
    {
        var daysLeft = RenewalReminderPlanner.DaysLeft(entry, now);
        var kind = Supersession.IsSuperseded(entry, all) ? RecentExportStatusKind.Superseded
            : entry.NotAfter < now ? RecentExportStatusKind.Expired
            : daysLeft <= RenewalReminderPlanner.Thresholds[0] ? RecentExportStatusKind.ExpiresSoon
            : RecentExportStatusKind.Valid;
        return new RecentExportStatus(kind, daysLeft);
    }

    public LocalizedText Text => TrayText.Status(this);
}
