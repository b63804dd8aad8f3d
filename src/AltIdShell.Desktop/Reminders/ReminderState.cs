using System.Collections.Generic;
using System.Linq;
using AltIdShell.Core.Certificates;

namespace AltIdShell.Desktop.Reminders;

/// <summary>
/// What the reminders remember across restarts: which threshold each certificate was last reminded at, and which
/// certificates the user asked not to be reminded about. Keys are SHA-256 fingerprints without colons.
/// </summary>
public sealed record ReminderState(IReadOnlyDictionary<string, int> RemindedAt, IReadOnlyCollection<string> Silenced)
{
    public static ReminderState Empty { get; } = new(new Dictionary<string, int>(), new string[0]);

    /// <summary>The most urgent threshold already shown for the certificate, or null.</summary>
    public int? LastThreshold(string sha256) => RemindedAt.TryGetValue(Fingerprint.Normalize(sha256), out var days) ? days : null;

    public bool IsSilenced(string sha256) => Silenced.Contains(Fingerprint.Normalize(sha256));

    public ReminderState WithReminded(RenewalReminder reminder)
    {
        var reminded = RemindedAt.ToDictionary(p => p.Key, p => p.Value);
        reminded[Fingerprint.Normalize(reminder.Certificate.Sha256Fingerprint)] = reminder.Threshold;
        return this with { RemindedAt = reminded };
    }

    public ReminderState WithSilenced(string sha256) =>
        IsSilenced(sha256) ? this : this with { Silenced = Silenced.Concat(new[] { Fingerprint.Normalize(sha256) }).ToList() };
}
