using AltIdShell.Core.Certificates;
using AltIdShell.Core.Store;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Store;

public class CerFileNameTests
{
    private static string For(string certificateName) =>
        CerFileName.For(CertificateDescriber.Describe(CertificateFactory.Oces3System(TestClock.Now, name: certificateName).Leaf.RawData, TestClock.Now));

    [Theory]
    [InlineData("Testfirma systemcertifikat", "Testfirma systemcertifikat.cer")]
    [InlineData("Ærø Æbler – AltID", "Ærø Æbler – AltID.cer")]
    [InlineData(@"..\..\Windows\evil", "_.._Windows_evil.cer")]
    [InlineData(".hidden", "hidden.cer")]
    [InlineData("a/b:c*d?e\"f<g>h|i", "a_b_c_d_e_f_g_h_i.cer")]
    [InlineData("navn\u202Ereb.exe", "navn_reb.exe.cer")]
    [InlineData("line\nbreak\ttab", "line_break_tab.cer")]
    [InlineData("Kombit\u3164A/S", "Kombit_A_S.cer")]
    [InlineData("Kombit\u2800\uFE0F\u034F", "Kombit___.cer")]
    [InlineData("Emoji 😀 ok", "Emoji 😀 ok.cer")]
    [InlineData("Kombit\U000E0041\U000E0100", "Kombit__.cer")]
    [InlineData("CON", "_CON.cer")]
    [InlineData("nul.txt", "_nul.txt.cer")]
    [InlineData("slutter med punktum. ", "slutter med punktum.cer")]
    public void The_certificate_name_becomes_a_safe_windows_file_name(string certificateName, string expected) =>
        Assert.Equal(expected, For(certificateName));

    [Fact]
    public void A_name_of_nothing_usable_falls_back_to_the_fingerprint()
    {
        var der = CertificateFactory.Oces3System(TestClock.Now, name: "///").Leaf.RawData;
        var summary = CertificateDescriber.Describe(der, TestClock.Now);
        Assert.Equal("certificate-" + Fingerprint.Normalize(summary.Sha256Fingerprint)[..8] + ".cer", CerFileName.For(summary));
    }

    [Fact]
    public void A_very_long_name_is_cut()
    {
        Assert.Equal(CerFileName.MaxStemLength + ".cer".Length, For(new string('x', 300)).Length);
    }
}
