using System.Globalization;
using System.Text.RegularExpressions;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Store;
using AltIdShell.Desktop.Tray;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Docs;

/// <summary>
/// docs/vejledning.md and docs/guide.md, with their reason pages docs/aarsager.md and docs/reasons.md, explain every
/// reason a verdict can give. A reason added, or reworded on screen,
/// without the guides following fails here; so does a picture or a page they link that is not there.
/// </summary>
public sealed class AdministratorGuideTests
{
    // Distinctive values, so that the guides may write N and ÅÅÅÅ-MM-DD / YYYY-MM-DD where the screen shows them.
    private const int DaysLeft = 42;
    private static readonly DateTimeOffset NotBefore = new(2028, 5, 17, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NotAfter = new(2031, 5, 17, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Variables =
    {
        NotBefore.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        NotAfter.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DaysLeft.ToString(CultureInfo.InvariantCulture),
    };

    public static TheoryData<CertificateWarning> Reasons() => new(Enum.GetValues<CertificateWarning>());

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Both_guides_name_each_reason_by_the_code_the_json_gives_it(CertificateWarning reason)
    {
        // As altid-export --json writes it (JsonReport: camel case).
        var name = reason.ToString();
        var code = "`" + char.ToLowerInvariant(name[0]) + name.Substring(1) + "`";
        Assert.Contains(code, AdministratorGuides.Danish);
        Assert.Contains(code, AdministratorGuides.English);
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Both_guides_quote_each_reason_as_the_screen_shows_it(CertificateWarning reason)
    {
        var text = CertificateWarningText.For(reason, Summary(VerdictKind.Unsuitable, RevocationStatus.NotChecked, reason));
        AdministratorGuides.AssertQuotes(AdministratorGuides.DanishName, AdministratorGuides.Danish, text.Danish, Variables);
        AdministratorGuides.AssertQuotes(AdministratorGuides.EnglishName, AdministratorGuides.English, text.English, Variables);
    }

    public static TheoryData<VerdictKind, RevocationStatus, CertificateWarning[]> Verdicts() => new()
    {
        { VerdictKind.Suitable, RevocationStatus.Good, Array.Empty<CertificateWarning>() },
        { VerdictKind.TestOnly, RevocationStatus.NotChecked, new[] { CertificateWarning.TestCertificate, CertificateWarning.RevocationOffline } },
        { VerdictKind.Unsuitable, RevocationStatus.NotChecked, new[] { CertificateWarning.Expired } },
        { VerdictKind.Unsuitable, RevocationStatus.NotChecked, new[] { CertificateWarning.RenewFirst } },
    };

    [Theory]
    [MemberData(nameof(Verdicts))]
    public void Both_guides_quote_each_kind_of_verdict_sentence(VerdictKind kind, RevocationStatus revocation, CertificateWarning[] reasons)
    {
        var text = CertificateText.Verdict(Summary(kind, revocation, reasons));
        AdministratorGuides.AssertQuotes(AdministratorGuides.DanishName, AdministratorGuides.Danish, text.Danish, Variables);
        AdministratorGuides.AssertQuotes(AdministratorGuides.EnglishName, AdministratorGuides.English, text.English, Variables);
    }

    [Fact]
    public void Both_guides_give_each_ending_a_verdict_has_for_revocation()
    {
        var verdicts = Enum.GetValues<RevocationStatus>().Select(r => CertificateText.Verdict(Summary(VerdictKind.Suitable, r))).ToList();
        foreach (var (guideName, guide, texts) in new[]
        {
            (AdministratorGuides.DanishName, AdministratorGuides.Danish, verdicts.Select(v => v.Danish).ToList()),
            (AdministratorGuides.EnglishName, AdministratorGuides.English, verdicts.Select(v => v.English).ToList()),
        })
        {
            // The sentences differ only in how they end: the part after the longest prefix they share.
            var shared = Enumerable.Range(0, texts.Min(t => t.Length)).TakeWhile(i => texts.All(t => t[i] == texts[0][i])).Count();
            foreach (var ending in texts.Select(t => t.Substring(shared)).Distinct())
                AdministratorGuides.AssertQuotes(guideName, guide, ending);
        }
    }

    [Fact]
    public void Both_guides_use_the_short_verdicts_of_the_lists_and_menu()
    {
        var words = Enum.GetValues<VerdictKind>().Select(k => TrayText.Verdict(k)).Append(TrayText.Verdict(null))
            .Concat(Enum.GetValues<StoreCertificateLabel>().Select(StoreCertificateRanking.Text));
        foreach (var text in words)
        {
            AdministratorGuides.AssertQuotes(AdministratorGuides.DanishName, AdministratorGuides.Danish, text.Danish);
            AdministratorGuides.AssertQuotes(AdministratorGuides.EnglishName, AdministratorGuides.English, text.English);
        }
    }

    [Fact]
    public void Both_guides_quote_the_private_key_warning_the_renewal_reminder_the_file_forms_and_the_weights()
    {
        var texts = new[]
        {
            CertificateText.HoldsPrivateKey, TrayText.ReminderText("Testfirma ApS", "Testfirma systemcertifikat", 30),
            CerFormText.UploadForm, CerFormText.OtherData, CerFormText.Pem, CerFormText.Ber, CerFormText.Pkcs7,
            VerdictText.Blocking, VerdictText.TestOnly, VerdictText.Caution,
            TrayText.ExistingFileDialog.Cancel, TrayText.ReminderStop,
        };
        foreach (var text in texts)
        {
            AdministratorGuides.AssertQuotes(AdministratorGuides.DanishName, AdministratorGuides.Danish, text.Danish);
            AdministratorGuides.AssertQuotes(AdministratorGuides.EnglishName, AdministratorGuides.English, text.English);
        }
    }

    public static TheoryData<string, string> Guides() => new()
    {
        { AdministratorGuides.DanishName, "da" },
        { AdministratorGuides.EnglishName, "en" },
    };

    [Theory]
    [MemberData(nameof(Guides))]
    public void Every_picture_a_guide_shows_exists_and_is_in_its_language(string guideName, string language)
    {
        var guide = File.ReadAllText(AdministratorGuides.PathOf(guideName));
        var pictures = Regex.Matches(guide, @"!\[[^\]]*\]\((?<path>[^)\s]+)\)").Select(m => m.Groups["path"].Value).ToList();
        Assert.True(pictures.Count >= 3, $"{guideName} shows {pictures.Count} pictures");
        foreach (var picture in pictures)
        {
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(AdministratorGuides.PathOf(guideName))!, picture)), $"{guideName}: {picture} is missing");
            Assert.EndsWith("-" + language + ".png", picture);
        }
    }

    public static TheoryData<string> GuideNames() => new()
    {
        AdministratorGuides.DanishName, AdministratorGuides.EnglishName, AdministratorGuides.DanishReasonsName, AdministratorGuides.EnglishReasonsName,
    };

    [Theory]
    [MemberData(nameof(GuideNames))]
    public void Every_page_a_guide_links_exists(string guideName)
    {
        var guide = File.ReadAllText(AdministratorGuides.PathOf(guideName));
        var folder = Path.GetDirectoryName(AdministratorGuides.PathOf(guideName))!;
        foreach (Match link in Regex.Matches(guide, @"(?<!!)\[[^\]]*\]\((?<path>[^)#\s:]+)(#[^)]*)?\)"))
            Assert.True(File.Exists(Path.Combine(folder, link.Groups["path"].Value)), $"{guideName} links {link.Groups["path"].Value}, which is not there");
    }

    [Fact]
    public void The_readme_links_both_guides_before_its_first_section()
    {
        var readme = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "README.md"));
        var top = readme.Substring(0, readme.IndexOf("\n## ", StringComparison.Ordinal));
        Assert.Contains("](" + AdministratorGuides.DanishName + ")", top);
        Assert.Contains("](" + AdministratorGuides.EnglishName + ")", top);
    }

    private static CertificateSummary Summary(VerdictKind kind, RevocationStatus revocation, params CertificateWarning[] reasons) => new(
        "Testfirma ApS", "12345678", "Testfirma systemcertifikat", "01", NotBefore, NotAfter,
        "C=DK, O=Den Danske Stat, CN=Den Danske Stat OCES udstedende-CA 1", "C=DK, O=Testfirma ApS, CN=Testfirma systemcertifikat",
        "AA", "BB", CertificateKind.Oces3OrganisationOrSystem, CertificateEnvironment.Production, ValidityState.Valid, DaysLeft,
        new AltIdVerdict(kind, kind != VerdictKind.Unsuitable, revocation, reasons));
}
