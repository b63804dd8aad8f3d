using System;
using System.Collections.Generic;
using System.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Desktop.Recent;

namespace AltIdShell.Desktop.Reminders;

/// <summary>
/// Which renewal reminders are due: at 60, 30 and 7 days before a certificate expires, once per threshold, for the
/// OCES3 organisation/system certificates in the recent list (what the AltID register holds). The tray asks at start
/// and once a day; asking more often changes nothing, since a threshold once reminded is remembered.
/// </summary>
public static class RenewalReminderPlanner
{
    /// <summary>Days before expiry, first to last.</summary>
    public static IReadOnlyList<int> Thresholds { get; } = new[] { 60, 30, 7 };

    public static IReadOnlyList<RenewalReminder> Due(IReadOnlyList<RecentExport> recent, ReminderState state, DateTimeOffset now)
    {
        var due = new List<RenewalReminder>();
        // The list may hold one certificate exported to several places; the newest line speaks for it.
        foreach (var certificate in recent.GroupBy(e => Fingerprint.Normalize(e.Sha256Fingerprint)).Select(g => g.First()))
        {
            if (certificate.Kind != CertificateKind.Oces3OrganisationOrSystem
                || state.IsSilenced(certificate.Sha256Fingerprint)
                || Supersession.IsSuperseded(certificate, recent))
                continue;
            var daysLeft = DaysLeft(certificate, now);
            var crossed = Thresholds.Where(t => daysLeft >= 0 && daysLeft <= t).DefaultIfEmpty(-1).Min();
            if (crossed < 0)
                continue;
            // A tray that was not running at 60 days reminds once at 30, not twice in a row.
            if (state.LastThreshold(certificate.Sha256Fingerprint) is { } last && last <= crossed)
                continue;
            due.Add(new RenewalReminder(certificate, crossed, daysLeft));
        }
        return due;
    }

    /// <summary>Whole days until NotAfter, as the certificate summary counts them; negative once expired.</summary>
    public static int DaysLeft(RecentExport certificate, DateTimeOffset now) => (int)Math.Floor((certificate.NotAfter - now).TotalDays);
}
