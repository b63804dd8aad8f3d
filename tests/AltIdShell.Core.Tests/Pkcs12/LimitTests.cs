using System.Globalization;
using System.Numerics;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Pkcs12;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Pkcs12;

/// <summary>A hostile file is refused on what it declares, before a single key derivation runs.</summary>
public sealed class LimitTests
{
    private static readonly byte[] SomeCertificates =
        Pkcs12Crafter.CertificateSafeContents((CertificateFactory.SelfSigned("x", TestClock.Now).RawData, null));

    [Theory]
    [InlineData(2_147_483_648L)]
    [InlineData(int.MaxValue)]
    [InlineData(16_000_001)]
    public void A_MAC_declaring_absurd_iterations_is_refused(long iterations)
    {
        var pfx = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(SomeCertificates) }, Pkcs12Crafter.MacData(Pkcs12Crafter.Sha1, iterations));

        var error = Engine.Refusal(pfx, "pw");

        Assert.Equal(ExportErrorKind.LimitExceeded, error.Kind);
        Assert.Contains(iterations.ToString("N0", CultureInfo.InvariantCulture), error.Text.English);
    }

    [Fact]
    public void Encryption_declaring_two_to_the_31_iterations_is_refused_without_deriving_a_key()
    {
        var pfx = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.EncryptedContentInfo(Pkcs12Crafter.PbeWithSha1And40BitRc2, 1L << 31, new byte[16]) });

        // Were the key derived first, 2^31 SHA-1 rounds would hold this test for many minutes.
        Assert.Equal(ExportErrorKind.LimitExceeded, Engine.Refusal(pfx, "pw").Kind);
    }

    [Fact]
    public void PBKDF2_declaring_two_to_the_31_iterations_is_refused_without_deriving_a_key()
    {
        var pfx = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.EncryptedContentInfo(Pkcs12Crafter.Pbes2Algorithm(iterations: 1L << 31), new byte[16]) });

        var error = Engine.Refusal(pfx, "pw");

        Assert.Equal(ExportErrorKind.LimitExceeded, error.Kind);
        Assert.Contains("PBKDF2 iterations", error.Text.English);
    }

    [Fact]
    public void An_iteration_count_of_a_hundred_thousand_digits_is_refused_with_a_message_of_one_line()
    {
        var huge = BigInteger.Pow(10, 100_000);
        var pfx = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(SomeCertificates) }, Pkcs12Crafter.MacData(Pkcs12Crafter.Sha1, huge));

        var error = Engine.Refusal(pfx, "pw");

        Assert.Equal(ExportErrorKind.LimitExceeded, error.Kind);
        Assert.InRange(error.Text.English.Length, 1, 299);
        Assert.InRange(error.Text.Danish.Length, 1, 299);
        Assert.Contains("> 9223372036854775807", error.Text.English);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(long.MinValue)]
    public void Zero_or_negative_iterations_are_corrupt(long iterations)
    {
        var mac = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(SomeCertificates) }, Pkcs12Crafter.MacData(Pkcs12Crafter.Sha1, iterations));
        var legacy = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.EncryptedContentInfo(Pkcs12Crafter.PbeWithSha1And40BitRc2, iterations, new byte[16]) });
        var pbkdf2 = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.EncryptedContentInfo(Pkcs12Crafter.Pbes2Algorithm(iterations: iterations), new byte[16]) });

        Assert.Equal(ExportErrorKind.Corrupt, Engine.Refusal(mac, "pw").Kind);
        Assert.Equal(ExportErrorKind.Corrupt, Engine.Refusal(legacy, "pw").Kind);
        Assert.Equal(ExportErrorKind.Corrupt, Engine.Refusal(pbkdf2, "pw").Kind);
    }

    [Fact]
    public void Iterations_within_each_limit_but_too_many_together_are_refused()
    {
        // Each part: 2,000,000 iterations × (key + IV) × two password forms = 8,000,000 blocks; two fit, five do not.
        var parts = Enumerable.Range(0, 5).Select(_ => Pkcs12Crafter.EncryptedContentInfo(Pkcs12Crafter.PbeWithSha1And40BitRc2, 2_000_000, new byte[16]));
        var pfx = Pkcs12Crafter.Pfx(parts);

        var error = Engine.Refusal(pfx, "pw");

        Assert.Equal(ExportErrorKind.LimitExceeded, error.Kind);
        Assert.Contains("total key-derivation work in hash blocks is 40,000,000", error.Text.English);
    }

    [Fact]
    public void The_limits_are_the_callers_to_set()
    {
        var pfx = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(SomeCertificates) }, Pkcs12Crafter.MacData(Pkcs12Crafter.Sha1, 2048));

        Assert.Equal(ExportErrorKind.LimitExceeded, Engine.Refusal(pfx, "pw", new Pkcs12Limits { MaxDerivationWork = 1000 }).Kind);
        Assert.Equal(ExportErrorKind.LimitExceeded, Engine.Refusal(pfx, "pw", new Pkcs12Limits { MaxFileBytes = 100 }).Kind);
    }

    [Fact]
    public void Hundreds_of_bags_are_refused()
    {
        var bags = Enumerable.Repeat((CertificateFactory.SelfSigned("x", TestClock.Now).RawData, (byte[]?)null), 201).ToArray();
        var pfx = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.CertificateSafeContents(bags)) });

        Assert.Equal(ExportErrorKind.LimitExceeded, Engine.Refusal(pfx, null).Kind);
    }

    [Fact]
    public void Hundreds_of_content_parts_are_refused()
    {
        var parts = Enumerable.Repeat(Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.SafeContents()), 201);

        var error = Engine.Refusal(Pkcs12Crafter.Pfx(parts), null);

        Assert.Equal(ExportErrorKind.LimitExceeded, error.Kind);
        Assert.Contains("content parts", error.Text.English);
    }

    [Fact]
    public void Two_hundred_bags_are_still_read()
    {
        var bags = Enumerable.Repeat((CertificateFactory.SelfSigned("x", TestClock.Now).RawData, (byte[]?)null), 200).ToArray();
        var pfx = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.CertificateSafeContents(bags)) });

        Assert.Equal(bags[0].Item1, Engine.ExportLeaf(pfx, null));
    }

    [Fact]
    public void A_Firefox_NSS_shaped_export_at_600000_iterations_is_read()
    {
        // What Firefox/NSS writes: a SHA-256 MAC and AES-256 PBES2 certificates, PBKDF2-HMAC-SHA-256, all at 600,000.
        var chain = CertificateFactory.Oces3System(TestClock.Now);
        var pfx = OpenSsl.ExportPkcs12(chain, "pw", "-iter", "600000");

        Assert.Equal(chain.Leaf.RawData, Engine.ExportLeaf(pfx, "pw"));
    }

    [Fact]
    public void The_same_shape_at_three_million_iterations_is_over_the_budget()
    {
        // 3,000,000 × (one SHA-256 block × two forms for the MAC + two blocks × three forms for the certificates).
        var pfx = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.EncryptedContentInfo(Pkcs12Crafter.Pbes2Algorithm(iterations: 3_000_000), new byte[16]) },
            Pkcs12Crafter.MacData("2.16.840.1.101.3.4.2.1", 3_000_000, macLength: 32));

        var error = Engine.Refusal(pfx, "pw");

        Assert.Equal(ExportErrorKind.LimitExceeded, error.Kind);
        Assert.Contains("total key-derivation work in hash blocks is 24,000,000", error.Text.English);
    }

    [Fact]
    public void Real_MitID_Erhverv_iteration_counts_are_within_the_default_limits()
    {
        // KOMBIT: a SHA-1 MAC at 102,400 in two password forms, RC2-40 certificates at 51,200 (key and IV) in two.
        Assert.True(Pkcs12Limits.Default.MaxDerivationWork >= 2 * 102_400 + 2 * 2 * 51_200);
    }
}
