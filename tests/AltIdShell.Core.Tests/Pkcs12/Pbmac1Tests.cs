using System.Globalization;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Pkcs12;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Pkcs12;

/// <summary>PKCS#12 files whose MAC is PBMAC1 (RFC 9579), as OpenSSL 3.4 and later write them.</summary>
public sealed class Pbmac1Tests
{
    private const string RfcPassword = "1234";
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);

    private static byte[] Rfc(string appendix) => File.ReadAllBytes(RfcPath(appendix));

    private static string RfcPath(string appendix) => Path.Combine(Fixtures.RepositoryRoot, "tests", "data", "rfc9579", appendix + ".p12");

    [Theory]
    [InlineData("A.1")]
    [InlineData("A.2")]
    [InlineData("A.3")]
    public void The_RFC_files_open_with_their_password_and_give_the_certificate_OpenSSL_finds(string appendix)
    {
        var certificate = Engine.ExportLeaf(Rfc(appendix), RfcPassword);

        // Debian's OpenSSL 3.0 cannot check a PBMAC1 MAC, but reads the certificate when told to skip it.
        var pem = OpenSsl.Run(new[] { "pkcs12", "-in", RfcPath(appendix), "-nomacver", "-nokeys", "-clcerts", "-passin", "env:ALTID_TEST_PW" },
            environment: new Dictionary<string, string> { ["ALTID_TEST_PW"] = RfcPassword });
        Assert.Equal(OpenSsl.Run(new[] { "x509", "-outform", "DER" }, pem), certificate);
    }

    [Theory]
    [InlineData("A.1")]
    [InlineData("A.3")]
    public void Another_password_is_a_wrong_password(string appendix)
    {
        Assert.Equal(ExportErrorKind.WrongPassword, Engine.Refusal(Rfc(appendix), "4321").Kind);
    }

    [Theory]
    [InlineData("A.4")] // PBKDF2 iteration count altered
    [InlineData("A.5")] // the salt moved from PBKDF2 into MacData's unused macSalt
    public void The_RFC_files_with_altered_parameters_fail_as_a_wrong_password(string appendix)
    {
        Assert.Equal(ExportErrorKind.WrongPassword, Engine.Refusal(Rfc(appendix), RfcPassword).Kind);
    }

    [Fact]
    public void The_RFC_file_without_a_key_length_is_refused()
    {
        var error = Engine.Refusal(Rfc("A.6"), RfcPassword);

        Assert.Equal(ExportErrorKind.Corrupt, error.Kind);
        Assert.Contains("does not state its key length", error.Text.English);
        Assert.Contains("angiver ikke nøglelængden", error.Text.Danish);
    }

    [Fact]
    public void A_file_written_by_an_independent_PBMAC1_writer_opens_with_a_Danish_password()
    {
        const string password = "Kødpålæg-æøå";
        var pfx = Pbmac1Writer.Remac(Pkcs12Factory.Build(Chain, password), password);

        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(pfx, password));
        Assert.Equal(ExportErrorKind.WrongPassword, Engine.Refusal(pfx, "Kodpalaeg-aeoa").Kind);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(31)]
    public void A_MAC_key_shorter_than_the_HMAC_output_is_refused_even_though_the_MAC_verifies(int keyBytes)
    {
        // With a 1-byte key anyone forges the MAC in 256 tries, without the password: it must never count as checked.
        var pfx = Pbmac1Writer.Remac(Pkcs12Factory.Build(Chain, "pw"), "pw", keyBytes);

        var error = Engine.Refusal(pfx, "pw");

        Assert.Equal(ExportErrorKind.Corrupt, error.Kind);
        Assert.Contains($"a key of {keyBytes} bytes where at least 32 are needed", error.Text.English);
    }

    [Fact]
    public void A_MAC_key_longer_than_the_HMAC_output_is_accepted()
    {
        var pfx = Pbmac1Writer.Remac(Pkcs12Factory.Build(Chain, "pw"), "pw", keyBytes: 64);

        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(pfx, "pw"));
    }

    [Fact]
    public void PBKDF2_iterations_above_the_limit_are_refused_before_deriving_a_key()
    {
        var pfx = Pbmac1Writer.Remac(Pkcs12Factory.Build(Chain, "pw"), "pw", iterations: 1L << 31);

        var error = Engine.Refusal(pfx, "pw");

        Assert.Equal(ExportErrorKind.LimitExceeded, error.Kind);
        Assert.Contains("PBKDF2 iterations", error.Text.English);
    }

    [Fact]
    public void The_PBMAC1_derivation_counts_towards_the_total_cost_of_the_file()
    {
        var pfx = Pbmac1Writer.Remac(Pkcs12Factory.Build(Chain, "pw"), "pw", iterations: 5000);
        // In hash blocks, two per HMAC iteration: the certificates' PBES2 part (AES-256, HMAC-SHA-256) costs 2 × 2048
        // for each of its three password forms; the MAC's 2 × 5000, for its one form, must come on top of it.
        var limits = new Pkcs12Limits { MaxDerivationWork = 3 * 2 * 2048 + 2 * 5000 - 1 };

        var error = Engine.Refusal(pfx, "pw", limits);

        Assert.Equal(ExportErrorKind.LimitExceeded, error.Kind);
        Assert.Contains("total key-derivation work", error.Text.English);
        Assert.Contains((3 * 2 * 2048 + 2 * 5000).ToString("N0", CultureInfo.InvariantCulture), error.Text.English);
    }

    [Fact]
    public void A_refused_PBMAC1_file_leaves_nothing_behind()
    {
        Assert.Equal(ExportErrorKind.Corrupt, Engine.RefusalOnDisk(Rfc("A.6"), RfcPassword).Kind);
    }
}
