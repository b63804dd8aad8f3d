using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Text;

/// <summary>A Danish sentence carries no English details, and one day is "1 dag".</summary>
public sealed class DanishDetailsTests
{
    [Theory]
    [InlineData(0, "Certifikatet udløber i dag", "The certificate expires today")]
    [InlineData(1, "Certifikatet udløber om 1 dag (", "The certificate expires in 1 day (")]
    [InlineData(2, "Certifikatet udløber om 2 dage (", "The certificate expires in 2 days (")]
    public void Days_until_expiry_are_counted_in_words_that_agree(int days, string danish, string english)
    {
        var text = CertificateWarningText.For(CertificateWarning.ExpiresSoon, SampleResults.Summary(daysUntilExpiry: days));

        Assert.StartsWith(danish, text.Danish);
        Assert.StartsWith(english, text.English);
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
    public void A_limit_is_named_in_the_language_of_the_sentence()
    {
        var error = ExportErrors.LimitExceeded(ErrorDetail.FileSize, 20_000_000, 10_000_000);

        Assert.Contains("filstørrelsen er 20000000", error.Text.Danish);
        Assert.Contains("file size is 20000000", error.Text.English);
    }
}
