using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using AltIdShell.Desktop.Storage;
using AltIdShell.Shared;

namespace AltIdShell.Desktop.Recent;

/// <summary>
/// The per-user recent-exports list in one JSON file. Writers take a lock file, read, change and write a temp file
/// that replaces the list in one rename, so two trays (or a tray and a second start) lose no entry and a crash
/// leaves either the old or the new list. A file that does not parse is set aside and the list starts afresh.
/// </summary>
public sealed class RecentExportsStore
{
    public const string FileName = "recent-exports.json";
    public const int DefaultCapacity = 50;
    private const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly TimeSpan _lockTimeout;

    public RecentExportsStore(string folder, int capacity = DefaultCapacity, TimeSpan? lockTimeout = null)
    {
        Folder = folder;
        Capacity = capacity;
        _lockTimeout = lockTimeout ?? TimeSpan.FromSeconds(10);
    }

    /// <summary>%LOCALAPPDATA%\AltIdShell.</summary>
    public static string DefaultFolder => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), ProductIdentity.LocalAppDataFolder);

    public string Folder { get; }
    public int Capacity { get; }
    public string FilePath => Path.Combine(Folder, FileName);
    private string LockPath => FilePath + ".lock";

    /// <summary>Newest first. A corrupt file is set aside here too, so a reader never sees it twice.</summary>
    public IReadOnlyList<RecentExport> Load()
    {
        if (!File.Exists(FilePath))
            return Array.Empty<RecentExport>();
        var entries = TryRead();
        return entries ?? Update(_ => { });
    }

    /// <summary>Puts the export first; an older line for the same .cer goes.</summary>
    public IReadOnlyList<RecentExport> Add(RecentExport export) => Update(list =>
    {
        list.RemoveAll(e => SamePath(e.OutputPath, export.OutputPath));
        list.Insert(0, export);
    });

    public IReadOnlyList<RecentExport> Remove(string outputPath) =>
        Update(list => list.RemoveAll(e => SamePath(e.OutputPath, outputPath)));

    public static bool SamePath(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private IReadOnlyList<RecentExport> Update(Action<List<RecentExport>> change)
    {
        Directory.CreateDirectory(Folder);
        using (AcquireLock())
        {
            DeleteAbandonedTempFiles();
            var list = File.Exists(FilePath) ? TryRead() ?? SetAsideCorruptFile() : new List<RecentExport>();
            change(list);
            if (list.Count > Capacity)
                list.RemoveRange(Capacity, list.Count - Capacity);
            Write(list);
            return list;
        }
    }

    private List<RecentExport>? TryRead()
    {
        try
        {
            using var stream = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var document = JsonSerializer.Deserialize<StoredList>(stream, Json);
            if (document?.Exports == null || document.Version != FormatVersion)
                return null;
            return document.Exports
                .Where(e => e != null && !string.IsNullOrEmpty(e.OutputPath) && e.CertificateName != null && e.Sha256Fingerprint != null)
                .Take(Capacity)
                .ToList();
        }
        catch (JsonException)
        {
            return null;
        }
        catch (FileNotFoundException)
        {
            return new List<RecentExport>();
        }
    }

    private List<RecentExport> SetAsideCorruptFile()
    {
        AtomicFile.SetAside(FilePath);
        return new List<RecentExport>();
    }

    private void Write(List<RecentExport> list) =>
        AtomicFile.Write(FilePath, stream => JsonSerializer.Serialize(stream, new StoredList { Version = FormatVersion, Exports = list }, Json));

    /// <summary>Only a writer holding the lock creates temp files, so any found under the lock are left by a crash.</summary>
    private void DeleteAbandonedTempFiles()
    {
        foreach (var temp in Directory.GetFiles(Folder, AtomicFile.TemporaryPattern(FilePath)))
            File.Delete(temp);
    }

    private FileStream AcquireLock()
    {
        var deadline = DateTime.UtcNow + _lockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(15);
            }
        }
    }

    private sealed class StoredList
    {
        [JsonPropertyName("version")]
        public int Version { get; set; }

        [JsonPropertyName("exports")]
        public List<RecentExport>? Exports { get; set; }
    }
}
