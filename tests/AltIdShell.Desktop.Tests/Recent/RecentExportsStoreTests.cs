using AltIdShell.Core.Certificates;
using AltIdShell.Desktop.Recent;

namespace AltIdShell.Desktop.Tests.Recent;

public sealed class RecentExportsStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "altidshell-recent-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private static RecentExport Entry(string name, int minute = 0) => new(
        "/exports/" + name + ".cer", "/exports/" + name + ".p12", "Testfirma A/S", "12345678", name,
        new DateTimeOffset(2029, 6, 30, 0, 0, 0, TimeSpan.Zero), CertificateEnvironment.Test, CertificateKind.Oces3OrganisationOrSystem,
        "AA:BB", new DateTimeOffset(2026, 11, 24, 1, minute, 0, TimeSpan.Zero));

    [Fact]
    public void An_absent_list_is_empty_and_creates_nothing()
    {
        Assert.Empty(new RecentExportsStore(_folder).Load());
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public void Entries_persist_newest_first_with_every_field()
    {
        var store = new RecentExportsStore(_folder);
        store.Add(Entry("first", 1));
        store.Add(Entry("second", 2));

        var loaded = new RecentExportsStore(_folder).Load();

        Assert.Equal(new[] { "second", "first" }, loaded.Select(e => e.CertificateName));
        var e = loaded[1];
        Assert.Equal("/exports/first.cer", e.OutputPath);
        Assert.Equal("/exports/first.p12", e.SourcePath);
        Assert.Equal("Testfirma A/S", e.Organisation);
        Assert.Equal("12345678", e.Cvr);
        Assert.Equal(new DateTimeOffset(2029, 6, 30, 0, 0, 0, TimeSpan.Zero), e.NotAfter);
        Assert.Equal(CertificateEnvironment.Test, e.Environment);
        Assert.Equal(CertificateKind.Oces3OrganisationOrSystem, e.Kind);
        Assert.Equal("AA:BB", e.Sha256Fingerprint);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 1, 1, 0, TimeSpan.Zero), e.ExportedAt);
    }

    [Fact]
    public void Exporting_the_same_cer_again_moves_it_to_the_top_once()
    {
        var store = new RecentExportsStore(_folder);
        store.Add(Entry("a"));
        store.Add(Entry("b"));
        var list = store.Add(Entry("a", 5));
        Assert.Equal(new[] { "a", "b" }, list.Select(e => e.CertificateName));
        Assert.Equal(5, list[0].ExportedAt.Minute);
    }

    [Fact]
    public void Remove_takes_out_one_entry()
    {
        var store = new RecentExportsStore(_folder);
        store.Add(Entry("a"));
        store.Add(Entry("b"));
        store.Remove("/exports/a.cer");
        Assert.Equal(new[] { "b" }, store.Load().Select(e => e.CertificateName));
    }

    [Fact]
    public void The_list_is_capped_dropping_the_oldest()
    {
        var store = new RecentExportsStore(_folder, capacity: 3);
        foreach (var name in new[] { "1", "2", "3", "4", "5" })
            store.Add(Entry(name));
        Assert.Equal(new[] { "5", "4", "3" }, store.Load().Select(e => e.CertificateName));
    }

    [Theory]
    [InlineData("{\"version\":1,\"exports\":[{\"OutputPath\":\"/x.cer\"")]
    [InlineData("\0\0\0\0")]
    [InlineData("")]
    [InlineData("{\"version\":99,\"exports\":[]}")]
    [InlineData("[1,2,3]")]
    public void A_corrupt_or_truncated_file_is_set_aside_and_the_list_restarts(string content)
    {
        Directory.CreateDirectory(_folder);
        var store = new RecentExportsStore(_folder);
        File.WriteAllText(store.FilePath, content);

        Assert.Empty(store.Load());
        var setAside = Directory.GetFiles(_folder, "recent-exports.corrupt-*.json");
        Assert.Single(setAside);
        Assert.Equal(content, File.ReadAllText(setAside[0]));

        store.Add(Entry("fresh"));
        Assert.Equal(new[] { "fresh" }, new RecentExportsStore(_folder).Load().Select(e => e.CertificateName));
    }

    [Fact]
    public void Entries_missing_required_fields_are_dropped_not_fatal()
    {
        Directory.CreateDirectory(_folder);
        var store = new RecentExportsStore(_folder);
        store.Add(Entry("good"));
        var json = File.ReadAllText(store.FilePath);
        File.WriteAllText(store.FilePath, json.Replace("\"exports\": [", "\"exports\": [ { \"OutputPath\": null },"));
        Assert.Equal(new[] { "good" }, store.Load().Select(e => e.CertificateName));
    }

    [Fact]
    public void Writes_replace_the_file_whole_and_leave_no_temp_files()
    {
        var store = new RecentExportsStore(_folder);
        store.Add(Entry("a"));
        File.WriteAllText(Path.Combine(_folder, RecentExportsStore.FileName + ".deadbeef.tmp"), "left by a crash");
        store.Add(Entry("b"));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
        Assert.Equal(2, store.Load().Count);
    }

    [Fact]
    public void Concurrent_writers_lose_no_entry()
    {
        const int writers = 6, each = 15;
        var start = new ManualResetEventSlim();
        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var threads = Enumerable.Range(0, writers).Select(w => new Thread(() =>
        {
            var store = new RecentExportsStore(_folder, capacity: 1000);
            start.Wait();
            try
            {
                for (var i = 0; i < each; i++)
                    store.Add(Entry($"w{w}-{i}"));
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        start.Set();
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);

        var names = new RecentExportsStore(_folder, capacity: 1000).Load().Select(e => e.CertificateName).ToHashSet();
        Assert.Equal(writers * each, names.Count);
    }

    [Fact]
    public void A_reader_holding_the_list_open_does_not_stop_a_writer()
    {
        var store = new RecentExportsStore(_folder);
        store.Add(Entry("a"));
        using (new FileStream(store.FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            store.Add(Entry("b"));
        Assert.Equal(2, store.Load().Count);
    }

    [Fact]
    public void A_writer_waits_for_the_lock_and_gives_up_after_its_timeout()
    {
        Directory.CreateDirectory(_folder);
        var store = new RecentExportsStore(_folder, lockTimeout: TimeSpan.FromMilliseconds(200));
        using (new FileStream(store.FilePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
            Assert.ThrowsAny<IOException>(() => store.Add(Entry("blocked")));
        store.Add(Entry("after"));
        Assert.Single(store.Load());
    }
}
