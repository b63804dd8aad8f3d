using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using AltIdShell.Core.Certificates;
using AltIdShell.Desktop.Tray;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Tray;

/// <summary>What the check window says about a .cer/.crt/.p7b, without a password and without writing anything.</summary>
public sealed class CertificateCheckReportTests : IDisposable
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private readonly WorkFolder _work = new("altidshell-checkreport-");

    public void Dispose() => _work.Dispose();

    private string Write(string name, byte[] bytes)
    {
        var path = _work.PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static CertificateCheckReport Report(string path, CultureInfo culture) =>
        CertificateCheckReport.For(path, p => TestExporter.Instance.InspectCer(p), culture, TestZones.Danish);

    [Fact]
    public void The_verdict_comes_first_then_its_reasons_then_the_details_and_fingerprints()
    {
        var leaf = CertificateFactory.Oces3System(TestClock.Now).Leaf;
        var path = Write("Testfirma.cer", leaf.RawData);
        var summary = TestExporter.Instance.InspectCer(path).Summary;

        var report = Report(path, English);

        Assert.Equal("Testfirma.cer", report.FileName);
        Assert.Equal(summary.AltId.Kind, report.Verdict);
        Assert.Equal(CertificateText.Verdict(summary).English, report.Lines[0]);
        var reasons = summary.AltId.Reasons.Select(r => "• " + VerdictText.Label(r).English + " " + CertificateWarningText.For(r, summary).English).ToArray();
        Assert.NotEmpty(reasons);
        Assert.Equal(reasons, report.Lines.Skip(1).Take(reasons.Length));
        Assert.Equal(CerFormText.UploadForm.English, report.Lines[1 + reasons.Length]);
        var details = report.Lines.SkipWhile(l => l.Length > 0).Skip(1).ToArray();
        Assert.Equal("Organisation: Testfirma ApS", details[0]);
        Assert.Equal("CVR: 12345678", details[1]);
        Assert.StartsWith("Certificate name: ", details[2]);
        Assert.StartsWith("Valid from: ", details[3]);
        Assert.Equal("Valid until: " + TestZones.Danish.DateAndTime(summary.NotAfter).English, details[4]);
        Assert.EndsWith("(Danish time)", details[4]);
        Assert.Equal("SHA-256: " + summary.Sha256Fingerprint, details[5]);
        Assert.Equal("SHA-1: " + summary.Sha1Fingerprint, details[6]);
        Assert.Equal(7, details.Length);
        Assert.DoesNotContain(CertificateText.HoldsPrivateKey.English, report.Lines);
    }

    [Fact]
    public void Danish_words_on_a_danish_display_language()
    {
        var path = Write("Testfirma.crt", CertificateFactory.Oces3System(TestClock.Now).Leaf.RawData);
        var report = Report(path, Danish);
        Assert.Equal(CertificateText.Verdict(TestExporter.Instance.InspectCer(path).Summary).Danish, report.Lines[0]);
        Assert.Contains(report.Lines, l => l.StartsWith("Gyldig til: ", StringComparison.Ordinal));
        Assert.Contains(report.Lines, l => l.StartsWith("Certifikatnavn: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_from_the_file_and_its_name_is_escaped()
    {
        var leaf = CertificateFactory.Oces3System(TestClock.Now, organisation: "Evil ApS\u202E\u001B[2K").Leaf;
        var path = Write("Firma\u202Etxt.cer", leaf.RawData);

        var report = Report(path, English);

        Assert.Equal(@"Firma\u202Etxt.cer", report.FileName);
        Assert.Contains(@"Organisation: Evil ApS\u202E\x1B[2K", report.Lines);
        Assert.DoesNotContain(report.ToString(), c => c is '\u202E' or '\u001B');
    }

    [Fact]
    public void A_key_file_renamed_cer_is_said_in_words_and_no_password_is_asked()
    {
        var chain = CertificateFactory.Oces3System(TestClock.Now);
        var path = Write("Renamed.cer", chain.Leaf.Export(X509ContentType.Pkcs12, "Hemmelig-42"));

        var report = Report(path, English);

        Assert.Null(report.Verdict);
        Assert.Single(report.Lines);
        Assert.NotEmpty(report.Lines[0]);
        Assert.DoesNotContain("Hemmelig-42", report.ToString());
    }

    [Fact]
    public void A_certificate_with_a_private_key_beside_it_says_the_danger()
    {
        var leaf = CertificateFactory.Oces3System(TestClock.Now).Leaf;
        var pem = "-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(leaf.RawData, Base64FormattingOptions.InsertLineBreaks)
            + "\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n";
        var path = Write("WithKey.crt", Encoding.ASCII.GetBytes(pem));

        var report = Report(path, English);

        Assert.Contains(CertificateText.HoldsPrivateKey.English, report.Lines);
        Assert.Contains(CerFormText.Pem.English, report.Lines);
        Assert.DoesNotContain(CerFormText.UploadForm.English, report.Lines);
    }

    [Fact]
    public void A_PEM_file_a_p7b_and_data_after_the_certificate_are_each_named_as_inspect_names_them()
    {
        var chain = CertificateFactory.Oces3System(TestClock.Now);
        var pem = Write("Pem.cer", Encoding.ASCII.GetBytes("-----BEGIN CERTIFICATE-----\n"
            + Convert.ToBase64String(chain.Leaf.RawData, Base64FormattingOptions.InsertLineBreaks) + "\n-----END CERTIFICATE-----\n"));
        var bundle = new X509Certificate2Collection { chain.Leaf, chain.Issuer };
        var p7b = Write("Chain.p7b", bundle.Export(X509ContentType.Pkcs7)!);
        var appended = Write("Appended.cer", chain.Leaf.RawData.Concat(new byte[] { 1, 2, 3 }).ToArray());

        Assert.Contains(CerFormText.Pem.Danish, Report(pem, Danish).Lines);
        var p7bLines = Report(p7b, English).Lines;
        Assert.Contains(CerFormText.Pkcs7.English, p7bLines);
        Assert.Contains(CerFormText.Several.Format(2).English, p7bLines);
        Assert.Contains(CerFormText.OtherData.English, Report(appended, English).Lines);
        Assert.All(new[] { pem, p7b, appended }, path => Assert.DoesNotContain(CerFormText.UploadForm.English, Report(path, English).Lines));
    }

    [Fact]
    public void Garbage_and_a_missing_file_are_said_in_words()
    {
        var garbage = Report(Write("Garbage.cer", Encoding.ASCII.GetBytes("not a certificate")), English);
        Assert.Null(garbage.Verdict);
        Assert.NotEmpty(garbage.Lines.Single());
        var missing = Report(_work.PathOf("Gone.cer"), English);
        Assert.Null(missing.Verdict);
        Assert.NotEmpty(missing.Lines.Single());
    }

    [Fact]
    public void Nothing_is_written_beside_the_file()
    {
        var path = Write("Testfirma.cer", CertificateFactory.Oces3System(TestClock.Now).Leaf.RawData);
        Report(path, English);
        Assert.Equal(new[] { path }, Directory.GetFiles(_work.Info.FullName));
    }
}
