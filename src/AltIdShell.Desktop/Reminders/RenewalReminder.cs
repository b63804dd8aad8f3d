using AltIdShell.Core.Text;
using AltIdShell.Desktop.Recent;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Desktop.Reminders;

/// <summary>A reminder that is due: which certificate, which threshold it crossed, and how many whole days are left.</summary>
public sealed record RenewalReminder(RecentExport Certificate, int Threshold, int DaysLeft)
{
    /// <summary>"Testfirma ApS – Testfirma systemcertifikat udløber om 30 dage. Forny det i MitID Erhverv, …"</summary>
    public LocalizedText Text => TrayText.ReminderText(Certificate.Organisation, Certificate.CertificateName, DaysLeft);
}
