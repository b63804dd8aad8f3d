using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using AltIdShell.Desktop.Storage;

namespace AltIdShell.Desktop.Reminders;

/// <summary>
/// <see cref="ReminderState"/> in "renewal-reminders.json" beside the recent list. Only the one tray of a session
/// writes it, so it needs no lock; a crash leaves the old or the new file, and one that does not parse is set aside:
/// the worst a lost state costs is one reminder shown again.
/// </summary>
public sealed class ReminderStateStore
{
    public const string FileName = "renewal-reminders.json";
    private const int FormatVersion = 1;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public ReminderStateStore(string folder) => Folder = folder;

    public string Folder { get; }
    public string FilePath => Path.Combine(Folder, FileName);

    public ReminderState Load()
    {
        if (!File.Exists(FilePath))
            return ReminderState.Empty;
        StoredState? stored;
        try
        {
            stored = JsonSerializer.Deserialize<StoredState>(File.ReadAllBytes(FilePath), Json);
        }
        catch (JsonException)
        {
            stored = null;
        }
        if (stored?.RemindedAt == null || stored.Silenced == null || stored.Version != FormatVersion)
        {
            AtomicFile.SetAside(FilePath);
            return ReminderState.Empty;
        }
        return new ReminderState(
            stored.RemindedAt.Where(p => p.Key != null).ToDictionary(p => p.Key, p => p.Value),
            stored.Silenced.Where(s => !string.IsNullOrEmpty(s)).ToList());
    }

    public void Save(ReminderState state)
    {
        Directory.CreateDirectory(Folder);
        foreach (var temp in Directory.GetFiles(Folder, AtomicFile.TemporaryPattern(FilePath)))
            File.Delete(temp);
        AtomicFile.Write(FilePath, stream => JsonSerializer.Serialize(stream, new StoredState
        {
            Version = FormatVersion,
            RemindedAt = state.RemindedAt.ToDictionary(p => p.Key, p => p.Value),
            Silenced = state.Silenced.ToList(),
        }, Json));
    }

    private sealed class StoredState
    {
        [JsonPropertyName("version")]
        public int Version { get; set; }

        /// <summary>SHA-256 → the most urgent threshold (days) already reminded at.</summary>
        [JsonPropertyName("remindedAt")]
        public Dictionary<string, int>? RemindedAt { get; set; }

        [JsonPropertyName("silenced")]
        public List<string>? Silenced { get; set; }
    }
}
