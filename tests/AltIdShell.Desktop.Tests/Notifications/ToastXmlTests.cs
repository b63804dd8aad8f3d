using System.Globalization;
using System.Xml.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Desktop.Activation;
using AltIdShell.Desktop.Notifications;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Notifications;

public class ToastXmlTests
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static XElement Toast(ExportNotification notification) => XElement.Parse(ToastXml.Build(notification));

    private static string[] Texts(XElement toast) => toast.Descendants("text").Select(t => t.Value).ToArray();

    [Fact]
    public void Leads_with_the_verdict_then_organisation_cvr_name_validity_and_environment_in_Danish()
    {
        var texts = Texts(Toast(ExportNotification.For(SampleResults.Result(), Danish, TestZones.Danish)));
        Assert.Equal("Klar til AltID: Testfirma.cer", texts[0]);
        Assert.Equal("Egnet til AltIDs modtagerregister: udstedt af Den Danske Stats OCES-CA (signaturen er verificeret), ikke spærret (OCSP).", texts[1]);
        Assert.Equal("Testfirma A/S (CVR 12345678)\nAltID system\nGyldig til 2029-06-30 · Produktion", texts[2]);
    }

    [Fact]
    public void Shows_the_same_in_English_and_says_test()
    {
        var result = SampleResults.Result(summary: SampleResults.Summary(environment: CertificateEnvironment.Test, warnings: CertificateWarning.TestCertificate));
        var texts = Texts(Toast(ExportNotification.For(result, English, TestZones.Danish)));
        Assert.Equal("Test only: Testfirma.cer", texts[0]);
        Assert.EndsWith("Valid until 2029-06-30 · Test", texts[2]);
    }

    [Fact]
    public void An_unknown_environment_is_named_as_an_environment_where_no_label_says_so()
    {
        var result = SampleResults.Result(summary: SampleResults.Summary(environment: CertificateEnvironment.Unknown));
        Assert.EndsWith("Gyldig til 2029-06-30 · Ukendt miljø", Texts(Toast(ExportNotification.For(result, Danish, TestZones.Danish)))[2]);
        Assert.EndsWith("Valid until 2029-06-30 · Unknown environment", Texts(Toast(ExportNotification.For(result, English, TestZones.Danish)))[2]);
    }

    [Fact]
    public void Buttons_activate_altidshell_uris_for_the_exported_file()
    {
        var toast = Toast(ExportNotification.For(SampleResults.Result(@"C:\Users\a\Test & Co.cer"), English, TestZones.Danish));
        var actions = toast.Descendants("action").ToArray();
        Assert.Equal(new[] { "Open folder", "Copy path" }, actions.Select(a => (string)a.Attribute("content")!));
        Assert.All(actions, a => Assert.Equal("protocol", (string)a.Attribute("activationType")!));
        Assert.True(ActivationUri.TryParse((string)actions[0].Attribute("arguments")!, out var open));
        Assert.Equal(ActivationAction.OpenFolder, open!.Action);
        Assert.Equal(@"C:\Users\a\Test & Co.cer", open.Path);
        Assert.True(ActivationUri.TryParse((string)actions[1].Attribute("arguments")!, out var copy));
        Assert.Equal(ActivationAction.CopyPath, copy!.Action);
        Assert.Equal("ToastGeneric", (string)toast.Element("visual")!.Element("binding")!.Attribute("template")!);
    }

    [Fact]
    public void Reasons_appear_each_in_its_own_line_labelled_by_their_weight()
    {
        var summary = SampleResults.Summary(environment: CertificateEnvironment.Test,
            warnings: new[] { CertificateWarning.TestCertificate, CertificateWarning.ExpiresSoon });
        var texts = Texts(Toast(ExportNotification.For(SampleResults.Result(summary: summary), Danish, TestZones.Danish)));
        Assert.Equal(5, texts.Length);
        Assert.Equal("Kun til test: Testfirma.cer", texts[0]);
        Assert.StartsWith("Kun test: Dette er et testcertifikat", texts[3]);
        Assert.StartsWith("Bemærk: Certifikatet udløber om 1000 dage", texts[4]);
    }

    [Fact]
    public void Hostile_certificate_names_stay_text()
    {
        var summary = SampleResults.Summary(organisation: "<b>Evil</b> & \"Co\" ]]>", name: "</text><action arguments=\"https://x\"/>\u0001");
        var xml = ToastXml.Build(ExportNotification.For(SampleResults.Result(summary: summary), English, TestZones.Danish));
        var toast = XElement.Parse(xml);
        Assert.Equal(2, toast.Descendants("action").Count());
        // The control character is shown as its code (ExportNotification escapes it), not dropped.
        Assert.StartsWith("<b>Evil</b> & \"Co\" ]]> (CVR 12345678)\n</text><action arguments=\"https://x\"/>\\x01\n", Texts(toast)[2]);
    }

    [Fact]
    public void Long_texts_are_cut_without_splitting_a_surrogate_pair()
    {
        var longName = new string('x', ToastXml.MaxTextLength - 2) + "😀😀";
        var cut = ToastXml.Cut(longName);
        Assert.Equal(ToastXml.MaxTextLength - 1, cut.Length);
        Assert.EndsWith("x…", cut);
        Assert.Equal(ToastXml.MaxTextLength - 1 + 1, ToastXml.Cut(new string('y', 500)).Length);
    }

    [Fact]
    public void An_unsuitable_certificate_is_said_so_in_the_title_and_its_blocking_reasons_are_labelled()
    {
        var summary = SampleResults.Summary(warnings: new[] { CertificateWarning.Expired, CertificateWarning.ExpiresSoon });
        var texts = Texts(Toast(ExportNotification.For(SampleResults.Result(summary: summary), Danish, TestZones.Danish)));
        Assert.Equal("Ikke egnet til AltID: Testfirma.cer", texts[0]);
        Assert.StartsWith("Blokerer: Certifikatet er udløbet", texts[3]);
        Assert.StartsWith("Bemærk: ", texts[4]);
    }

    [Fact]
    public void At_most_three_reasons_are_shown()
    {
        var summary = SampleResults.Summary(warnings: new[]
        {
            CertificateWarning.Expired, CertificateWarning.EmployeeCertificate, CertificateWarning.TestCertificate, CertificateWarning.NotOces,
        });
        var toast = Toast(ExportNotification.For(SampleResults.Result(summary: summary), English, TestZones.Danish));
        Assert.Equal(ToastXml.MaxReasons, toast.Descendants("group").Count());
    }

    [Fact]
    public void Unknown_organisation_and_already_exported_are_said_plainly()
    {
        var result = SampleResults.Result(outcome: AltIdShell.Core.Export.ExportOutcome.AlreadyExported, summary: SampleResults.Summary(organisation: null, cvr: null));
        var texts = Texts(Toast(ExportNotification.For(result, Danish, TestZones.Danish)));
        Assert.Equal("Klar til AltID: Testfirma.cer", texts[0]);
        Assert.StartsWith("Allerede eksporteret: filen fandtes i forvejen med det samme certifikat.\nUkendt organisation (CVR ukendt)", texts[2]);
    }
}
