using AltIdShell.Desktop.Reminders;
using AltIdShell.TestSupport;
using static AltIdShell.Desktop.Tests.Reminders.SampleCertificates;

namespace AltIdShell.Desktop.Tests.Reminders;

public sealed class ReminderStateStoreTests : IDisposable
{
    private readonly WorkFolder _work = new("altid-reminders-");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void No_file_yet_means_nothing_reminded_and_nothing_silenced()
    {
        var state = new ReminderStateStore(_work.Info.FullName).Load();
        Assert.Empty(state.RemindedAt);
        Assert.Empty(state.Silenced);
    }

    [Fact]
    public void What_was_reminded_and_silenced_survives_a_restart()
    {
        var certificate = Expiring(20.5, sha256: "AA:BB");
        var reminder = Assert.Single(RenewalReminderPlanner.Due(new[] { certificate }, ReminderState.Empty, TestClock.Now));
        new ReminderStateStore(_work.Info.FullName).Save(ReminderState.Empty.WithReminded(reminder).WithSilenced("CC"));

        var restarted = new ReminderStateStore(_work.Info.FullName).Load();
        Assert.Empty(RenewalReminderPlanner.Due(new[] { certificate }, restarted, TestClock.Now));
        Assert.True(restarted.IsSilenced("cc"));
        Assert.Equal(new[] { ReminderStateStore.FileName }, Directory.GetFiles(_work.Info.FullName).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{\"version\": 99, \"remindedAt\": {}, \"silenced\": []}")]
    [InlineData("{\"version\": 1, \"remindedAt\": {\"AA\": \"sixty\"}, \"silenced\": []}")]
    [InlineData("{\"version\": 1}")]
    public void A_corrupt_file_is_set_aside_and_reminders_start_afresh(string content)
    {
        var store = new ReminderStateStore(_work.Info.FullName);
        File.WriteAllText(store.FilePath, content);

        var state = store.Load();

        Assert.Empty(state.RemindedAt);
        Assert.False(File.Exists(store.FilePath));
        Assert.Equal(content, File.ReadAllText(Assert.Single(Directory.GetFiles(_work.Info.FullName, "renewal-reminders.corrupt-*.json"))));
        store.Save(state.WithSilenced("AA"));
        Assert.True(store.Load().IsSilenced("AA"));
    }

    [Fact]
    public void A_temporary_file_left_by_a_crash_is_cleared_on_the_next_save()
    {
        var store = new ReminderStateStore(_work.Info.FullName);
        File.WriteAllText(store.FilePath + ".0123456789abcdef0123456789abcdef.tmp", "half");
        store.Save(ReminderState.Empty);
        Assert.Equal(new[] { ReminderStateStore.FileName }, Directory.GetFiles(_work.Info.FullName).Select(Path.GetFileName));
    }
}
