using AltIdShell.Core.Certificates;

namespace AltIdShell.Core.Tests.Certificates;

public sealed class VerdictTextTests
{
    [Theory]
    [InlineData(VerdictKind.Suitable, "Klar til AltID: Firma.cer", "Ready for AltID: Firma.cer")]
    [InlineData(VerdictKind.TestOnly, "Kun til test: Firma.cer", "Test only: Firma.cer")]
    [InlineData(VerdictKind.Unsuitable, "Ikke egnet til AltID: Firma.cer", "Not suitable for AltID: Firma.cer")]
    public void The_headline_carries_the_verdict_over_the_file_name(VerdictKind verdict, string danish, string english)
    {
        var headline = VerdictText.Headline(verdict, "Firma.cer");

        Assert.Equal(danish, headline.Danish);
        Assert.Equal(english, headline.English);
    }

    [Fact]
    public void A_file_name_with_an_override_is_escaped_in_the_headline() =>
        Assert.Equal("Klar til AltID: a\\u202Erec.exe", VerdictText.Headline(VerdictKind.Suitable, "a\u202Erec.exe").Danish);

    [Theory]
    [InlineData(CertificateWarning.Expired, "Blokerer:", "Blocking:")]
    [InlineData(CertificateWarning.EmployeeCertificate, "Blokerer:", "Blocking:")]
    [InlineData(CertificateWarning.TestCertificate, "Kun test:", "Test only:")]
    [InlineData(CertificateWarning.ExpiresSoon, "Bemærk:", "Note:")]
    [InlineData(CertificateWarning.RevocationOffline, "Bemærk:", "Note:")]
    public void A_reason_is_labelled_by_its_weight(CertificateWarning reason, string danish, string english)
    {
        Assert.Equal(danish, VerdictText.Label(reason).Danish);
        Assert.Equal(english, VerdictText.Label(reason).English);
    }

    [Fact]
    public void Every_reason_has_the_label_of_its_weight_and_the_three_weights_three_labels()
    {
        var labels = Enum.GetValues<WarningSeverity>().Select(s => VerdictText.Label(s).Danish).ToList();
        Assert.Equal(3, labels.Distinct().Count());
        foreach (var reason in Enum.GetValues<CertificateWarning>())
            Assert.Equal(VerdictText.Label(CertificateWarningSeverity.Of(reason)), VerdictText.Label(reason));
    }
}
