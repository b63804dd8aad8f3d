using System.Globalization;
using AltIdShell.Core.Certificates;
using AltIdShell.Desktop.Recent;
using AltIdShell.Desktop.Tray;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Tray;

/// <summary>
/// What each window shows of a file or a certificate, from the text source it reads: the recent list and the tray
/// menu, the store window, the choice dialog, the existing-file question, the reminder and the error dialog. The notification and the
/// check window have theirs in NotificationEscapeTests and CertificateCheckReportTests.
/// </summary>
public sealed class WindowTextTests
{
    private const string Hostile = "Evil\u202E\u001B[2K\U000E0041\u3164";
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private static RecentExport Export(string outputPath = "/home/a/Mine certifikater/SP_DEVTEST4_DEMOKLIENT_SF0101_1.cer", string? organisation = "KOMBIT A/S",
        string name = "SP_DEVTEST4_DEMOKLIENT_SF0101_1") =>
        new(outputPath, "/home/a/x.p12", organisation, "12345678", name, new DateTimeOffset(2029, 6, 7, 14, 0, 0, TimeSpan.Zero),
            CertificateEnvironment.Test, CertificateKind.Oces3OrganisationOrSystem, "AA:BB", new DateTimeOffset(2026, 12, 7, 9, 30, 0, TimeSpan.Zero),
            VerdictKind.TestOnly);

    public static TheoryData<string, Func<string, IEnumerable<string>>> Sources() => new()
    {
        { "recent list", h => RecentExportRow.Cells(Export("/home/" + h + "/" + h + ".cer", h, h), new[] { Export() }, TestClock.Now, TestZones.Danish) },
        { "recent list tooltip", h => new[] { RecentExportRow.ToolTip(Export("/home/" + h + ".cer")) } },
        { "tray menu", h => new[] { RecentExportRow.MenuEntry(Export("/home/a/" + h + ".cer"), TestZones.Danish).Danish } },
        { "store window", h => CertificateRow.StoreCells(SampleResults.Summary(organisation: h, name: h), h, TestZones.Danish) },
        { "choice dialog", h => CertificateRow.ChoiceCells(SampleResults.Summary(organisation: h, name: h), TestZones.Danish) },
        { "choice dialog intro", h => new[] { TrayText.ChoiceIntro("/home/a/" + h + ".p12").Danish } },
        { "existing-file question", h => new[] { TrayText.ExistingFileQuestion("/home/" + h + "/" + h + ".cer", mayReplace: true).English, TrayText.ExistingFileQuestion("/home/" + h + "/" + h + ".cer", mayReplace: false).English } },
        { "reminder", h => new[] { TrayText.ReminderText(h, h, 30).Danish } },
        { "error dialog", h => new[] { TrayText.ErrorOnFileFor(h + ".p12", new Core.Text.LocalizedText("/home/" + h + ".cer", "/home/" + h + ".cer")).English } },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_window_shows_text_from_a_file_or_certificate_escaped(string window, Func<string, IEnumerable<string>> shown)
    {
        var text = string.Join("\n", shown(Hostile));
        Assert.False(text.Any(c => c is '\u202E' or '\u001B' or '\u3164' || char.IsSurrogate(c)), window + ": " + text);
        Assert.Contains(@"Evil\u202E\x1B[2K\U000E0041\u3164", text);
    }

    [Fact]
    public void The_recent_list_shows_the_file_after_the_verdict_and_times_in_local_time()
    {
        var cells = RecentExportRow.Cells(Export(), new[] { Export() }, TestClock.Now, TestZones.Danish);

        var columns = RecentExportRow.Columns(TestZones.Danish, TestClock.Now);
        Assert.Equal(columns.Count, cells.Length);
        Assert.Equal(TrayText.ColumnFile, columns[1]);
        Assert.Equal(TrayText.ColumnFolder, columns[2]);
        Assert.Equal("Eksporteret (dansk tid)", columns[8].Danish);
        Assert.Equal("SP_DEVTEST4_DEMOKLIENT_SF0101_1.cer", cells[1]);
        Assert.Equal("/home/a/Mine certifikater", cells[2]);
        Assert.Equal("2029-06-07", cells[6]);
        Assert.Equal("2026-12-07 11:30", cells[8]);
    }

    [Fact]
    public void A_long_folder_is_cut_in_the_middle_so_its_start_and_its_end_both_show()
    {
        var folder = "/home/a/" + string.Join("/", Enumerable.Repeat("undermappe", 10)) + "/Mine certifikater";
        var cells = RecentExportRow.Cells(Export(folder + "/x.cer"), new[] { Export() }, TestClock.Now, TestZones.Danish);

        Assert.Equal(RecentExportRow.FolderLength, cells[2].Length);
        Assert.StartsWith("/home/a/", cells[2]);
        Assert.EndsWith("Mine certifikater", cells[2]);
        Assert.Contains("…", cells[2]);
    }

    [Fact]
    public void Tray_menu_entries_are_told_apart_by_file_and_expiry_and_not_by_the_organisation_all_share()
    {
        var old = RecentExportRow.MenuEntry(Export("/home/a/Påmindelse ApS – Påmindelse system (gammel, udløber snart).cer"), TestZones.Danish).Danish;
        var renewed = RecentExportRow.MenuEntry(Export("/home/a/Påmindelse ApS – Påmindelse system (fornyet i december 2026).cer"), TestZones.Danish);

        Assert.NotEqual(old, renewed.Danish);
        Assert.StartsWith("Kun til test · Påmindelse ApS", old);
        Assert.EndsWith("2026).cer (til 2029-06-07)", renewed.Danish);
        Assert.EndsWith("2026).cer (until 2029-06-07)", renewed.English);
        Assert.DoesNotContain("KOMBIT", old);
    }

    [Fact]
    public void Choices_show_the_expiry_and_the_start_of_the_fingerprint()
    {
        var cells = CertificateRow.ChoiceCells(SampleResults.Summary(), TestZones.Danish);

        Assert.Contains("2029-06-30", cells);
        Assert.Contains("AA:BB:CC:DD:EE:FF:00:11…", cells);
    }

    [Fact]
    public void The_existing_file_question_says_what_is_in_the_file_there_escaped_and_in_local_time()
    {
        using var work = new WorkFolder("altidshell-existing-");
        var path = work.PathOf("Testfirma.cer");
        File.WriteAllBytes(path, CertificateFactory.Oces3System(TestClock.Now, name: "System" + Hostile).Leaf.RawData);
        var written = new DateTimeOffset(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);

        var text = ExistingFileText.Describe(path, p => TestExporter.Instance.InspectCer(p), written, TestZones.Danish);
        var garbage = work.PathOf("Garbage.cer");
        File.WriteAllText(garbage, "not a certificate");

        Assert.StartsWith(@"Den eksisterende fil er certifikatet System" + @"Evil\u202E\x1B[2K\U000E0041\u3164, gyldigt til ", text.Danish);
        Assert.EndsWith(", sidst ændret 2026-12-07 11:30 (dansk tid).", text.Danish);
        Assert.Equal("The existing file is not a certificate that can be read; it was last modified 2026-12-07 11:30 (Danish time).",
            ExistingFileText.Describe(garbage, p => TestExporter.Instance.InspectCer(p), written, TestZones.Danish).English);
    }

    [Theory]
    [InlineData("kort", 10, "kort")]
    [InlineData("SP_DEVTEST4_DEMOKLIENT_SF0101_1.cer", 21, "SP_DEVTEST…0101_1.cer")]
    public void Cuts_in_the_middle(string text, int max, string cut) => Assert.Equal(cut, MiddleCut.Cut(text, max));

    [Fact]
    public void Never_cuts_between_the_halves_of_a_surrogate_pair()
    {
        var cut = MiddleCut.Cut("aaa😀😀😀😀bbb", 8);
        Assert.Equal("aaa…bbb", cut.Replace("😀", ""));
        Assert.Equal(cut.Length, string.Concat(cut.EnumerateRunes()).Length);
        Assert.DoesNotContain('\uFFFD', string.Concat(cut.EnumerateRunes()));
    }
}
