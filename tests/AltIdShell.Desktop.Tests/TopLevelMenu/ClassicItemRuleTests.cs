using AltIdShell.Shared;

namespace AltIdShell.Desktop.Tests.TopLevelMenu;

/// <summary>
/// The one rule for the classic item stepping aside for the Windows 11 verb (TopLevelVerb, compiled into the classic
/// handler too): never both gone. Review W3-C2 (an upgrade into another folder), W3-L2 (registered after Explorer
/// started), W3-L8 (a record without a registration: the tray deletes it, so no record).
/// </summary>
public class ClassicItemRuleTests
{
    private const string Folder = @"C:\Program Files\AltIdShell";
    private const string Tray = Folder + @"\AltIdShell.Tray.exe";
    private static readonly Version Windows11 = new(10, 0, 26100);
    private static readonly Version Windows10 = new(10, 0, 19045);
    private static readonly DateTime Registered = new(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime ExplorerLater = Registered.AddHours(1);
    private static readonly DateTime ExplorerEarlier = Registered.AddMinutes(-5);
    private static readonly DateTime Installed = Registered.AddMinutes(-1);
    private static readonly DateTime ReinstalledSince = Registered.AddMinutes(30);

    private static string Record(string folder) => new PackageRegistrationRecord(Registered, "0.2.0", folder).Format();

    public static TheoryData<string, string?, string?, DateTime?, DateTime, Version, bool> Table => new()
    {
        { "registered in the tray's folder after the install and before this Explorer started", Record(Folder), Tray, Installed, ExplorerLater, Windows11, true },
        { "the same folder with a trailing backslash and other case", Record(@"c:\program files\altidshell\"), Tray, Installed, ExplorerLater, Windows11, true },
        { "registered after this Explorer started (it shows the verb only after a restart)", Record(Folder), Tray, Installed, ExplorerEarlier, Windows11, false },
        { "registered for another folder than the installer's tray (an upgrade moved it)", Record(@"C:\Program Files\AltIdShell\0.1.0"), Tray, Installed, ExplorerLater, Windows11, false },
        { "installed again since (upgrade, repair, or reinstall after a SYSTEM uninstall removed the package)", Record(Folder), Tray, ReinstalledSince, ReinstalledSince.AddHours(1), Windows11, false },
        { "no record: never registered, failed, or the tray found the package gone", null, Tray, Installed, ExplorerLater, Windows11, false },
        { "a record that is not one", "0.1.0", Tray, Installed, ExplorerLater, Windows11, false },
        { "no TrayPath (a development registration)", Record(Folder), null, Installed, ExplorerLater, Windows11, false },
        { "the installer's key cannot be read", Record(Folder), Tray, null, ExplorerLater, Windows11, false },
        { "Windows 10 never shows the packaged verb", Record(Folder), Tray, Installed, ExplorerLater, Windows10, false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void The_classic_item_steps_aside_only_when_the_verb_is_certainly_there(string situation, string? record, string? trayPath, DateTime? installed, DateTime explorerStarted, Version os, bool stepsAside) =>
        Assert.True(stepsAside == TopLevelVerb.ReplacesClassicItem(record, trayPath, installed, explorerStarted, os), situation);

    [Fact]
    public void A_record_reads_back_whole_also_with_a_bar_in_the_folder()
    {
        var record = PackageRegistrationRecord.Parse(new PackageRegistrationRecord(Registered, "1.2.3", @"D:\a|b\AltIdShell").Format())!;
        Assert.Equal((Registered, "1.2.3", @"D:\a|b\AltIdShell"), (record.RegisteredUtc, record.Version, record.ExternalFolder));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("|0.1.0|C:\\x")]
    [InlineData("abc|0.1.0|C:\\x")]
    [InlineData("-5|0.1.0|C:\\x")]
    [InlineData("99999999999999999999|0.1.0|C:\\x")]
    [InlineData("133000000000000000||C:\\x")]
    [InlineData("133000000000000000|0.1.0|")]
    [InlineData("133000000000000000|0.1.0")]
    public void Anything_but_a_whole_record_is_none(string? value) =>
        Assert.Null(PackageRegistrationRecord.Parse(value));
}
