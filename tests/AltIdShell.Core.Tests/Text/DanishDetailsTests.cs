using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Text;

/// <summary>A Danish sentence carries no English details, and one day is "1 dag".</summary>
public sealed class DanishDetailsTests
{
    [Theory]
    [InlineData(CertificateWarning.ExpiresSoon, 0, "Certifikatet udløber i dag", "The certificate expires today")]
    [InlineData(CertificateWarning.ExpiresSoon, 1, "Certifikatet udløber om 1 dag (", "The certificate expires in 1 day (")]
    [InlineData(CertificateWarning.ExpiresSoon, 2, "Certifikatet udløber om 2 dage (", "The certificate expires in 2 days (")]
    [InlineData(CertificateWarning.RenewFirst, 0, "Certifikatet udløber i dag (", "The certificate expires today (")]
    [InlineData(CertificateWarning.RenewFirst, 1, "Certifikatet udløber om 1 dag (", "The certificate expires in 1 day (")]
    [InlineData(CertificateWarning.RenewFirst, 6, "Certifikatet udløber om 6 dage (", "The certificate expires in 6 days (")]
    public void Days_until_expiry_are_counted_in_words_that_agree(CertificateWarning warning, int days, string danish, string english)
    {
        var text = CertificateWarningText.For(warning, SampleResults.Summary(daysUntilExpiry: days));

        Assert.StartsWith(danish, text.Danish);
        Assert.StartsWith(english, text.English);
    }

    [Theory]
    [InlineData(0, "Forny certifikatet først: det udløber i dag.", "Renew the certificate first: it expires today.")]
    [InlineData(1, "Forny certifikatet først: det udløber om 1 dag.", "Renew the certificate first: it expires in 1 day.")]
    public void The_renew_first_verdict_counts_its_days_in_words_that_agree(int days, string danish, string english)
    {
        var verdict = CertificateText.Verdict(SampleResults.Summary(daysUntilExpiry: days, warnings: CertificateWarning.RenewFirst));

        Assert.Equal(danish, verdict.Danish);
        Assert.Equal(english, verdict.English);
    }

    [Fact]
    public void A_certificate_bag_without_a_certificate_is_described_in_Danish_inside_the_Danish_sentence()
    {
        var error = Assert.Throws<ExportException>(() => X509Parsing.Parse(new byte[] { 0x30, 0x03, 0x02, 0x01, 0x01 }));

        Assert.Contains("et certifikatelement uden et gyldigt X.509-certifikat", error.Text.Danish);
        Assert.DoesNotContain("certificate bag", error.Text.Danish);
        Assert.Contains("certificate bag without a valid X.509 certificate", error.Text.English);
    }

    [Fact]
    public void A_limit_is_named_and_its_numbers_grouped_in_the_language_of_the_sentence()
    {
        var error = ExportErrors.LimitExceeded(ErrorDetail.FileSize, 20_000_000, 10_000_000);

        Assert.Contains("filstørrelsen er 20.000.000, men højst 10.000.000 er tilladt", error.Text.Danish);
        Assert.Contains("file size is 20,000,000, but at most 10,000,000 is allowed", error.Text.English);
    }
}
