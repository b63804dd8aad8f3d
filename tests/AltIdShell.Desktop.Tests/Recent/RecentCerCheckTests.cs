using System.Text;
using AltIdShell.Core.Certificates;
using AltIdShell.Desktop.Recent;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Recent;

/// <summary>"Copy file" and "Copy SHA-256" re-read the .cer: is it still the certificate the list recorded?</summary>
public sealed class RecentCerCheckTests : IDisposable
{
    private readonly WorkFolder _work = new("altidshell-cercheck-");
    private readonly byte[] _exported = CertificateFactory.Oces3System(TestClock.Now).Leaf.RawData;

    public void Dispose() => _work.Dispose();

    private string Cer => _work.PathOf("Testfirma.cer");

    private RecentExport Recorded(string? fingerprint = null)
    {
        File.WriteAllBytes(Cer, _exported);
        var summary = TestExporter.Instance.InspectCer(Cer).Summary;
        return new RecentExport(Cer, _work.PathOf("Testfirma.p12"), summary.Organisation, summary.Cvr, summary.CertificateName,
            summary.NotAfter, summary.Environment, summary.Kind, fingerprint ?? summary.Sha256Fingerprint, TestClock.Now);
    }

    private static RecentCerState Check(RecentExport entry) => RecentCerCheck.Of(entry, path => TestExporter.Instance.InspectCer(path));

    [Fact]
    public void The_exported_cer_untouched_is_unchanged() =>
        Assert.Equal(RecentCerState.Unchanged, Check(Recorded()));

    [Fact]
    public void A_fingerprint_recorded_without_colons_or_in_lower_case_still_matches()
    {
        var colons = Fingerprint.Normalize(Recorded().Sha256Fingerprint);
        Assert.Equal(RecentCerState.Unchanged, Check(Recorded(colons.ToLowerInvariant())));
    }

    [Fact]
    public void Another_certificate_under_the_same_name_is_changed()
    {
        var entry = Recorded();
        File.WriteAllBytes(Cer, CertificateFactory.Oces3System(TestClock.Now, organisation: "Anden Firma ApS").Leaf.RawData);
        Assert.Equal(RecentCerState.Changed, Check(entry));
    }

    [Fact]
    public void The_same_certificate_with_a_private_key_beside_it_is_changed()
    {
        var entry = Recorded();
        var pem = "-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(_exported, Base64FormattingOptions.InsertLineBreaks)
            + "\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n";
        File.WriteAllText(Cer, pem, Encoding.ASCII);
        Assert.Equal(RecentCerState.Changed, Check(entry));
    }

    [Fact]
    public void The_same_certificate_with_data_appended_is_changed()
    {
        var entry = Recorded();
        File.WriteAllBytes(Cer, _exported.Concat(Encoding.ASCII.GetBytes("appended")).ToArray());
        Assert.Equal(RecentCerState.Changed, Check(entry));
    }

    [Fact]
    public void The_same_certificate_re_encoded_as_PEM_is_changed()
    {
        var entry = Recorded();
        File.WriteAllText(Cer, "-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(_exported, Base64FormattingOptions.InsertLineBreaks)
            + "\n-----END CERTIFICATE-----\n", Encoding.ASCII);
        Assert.Equal(RecentCerState.Changed, Check(entry));
    }

    [Fact]
    public void A_file_that_is_no_certificate_at_all_is_changed()
    {
        var entry = Recorded();
        File.WriteAllText(Cer, "MZ this is not a certificate");
        Assert.Equal(RecentCerState.Changed, Check(entry));
    }

    [Fact]
    public void A_deleted_cer_is_missing()
    {
        var entry = Recorded();
        File.Delete(Cer);
        Assert.Equal(RecentCerState.Missing, Check(entry));
    }
}
