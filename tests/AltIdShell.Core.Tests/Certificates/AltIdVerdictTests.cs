using AltIdShell.Core.Certificates;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Certificates;

public sealed class AltIdVerdictTests
{
    [Theory]
    [InlineData(VerdictKind.Suitable, AltIdRegister.Production, true)]
    [InlineData(VerdictKind.Suitable, AltIdRegister.Test, false)]
    [InlineData(VerdictKind.TestOnly, AltIdRegister.Production, false)]
    [InlineData(VerdictKind.TestOnly, AltIdRegister.Test, true)]
    [InlineData(VerdictKind.Unsuitable, AltIdRegister.Production, false)]
    [InlineData(VerdictKind.Unsuitable, AltIdRegister.Test, false)]
    public void Each_register_takes_only_its_own_certificates(VerdictKind kind, AltIdRegister register, bool suits)
    {
        Assert.Equal(suits, new AltIdVerdict(kind, true, RevocationStatus.Good, Array.Empty<CertificateWarning>()).Suits(register));
    }

    [Fact]
    public void Any_blocking_reason_makes_it_unsuitable_and_only_blocking_ones_do()
    {
        foreach (var reason in Enum.GetValues<CertificateWarning>())
        {
            var verdict = AltIdVerdict.From(issuerVerified: true, RevocationStatus.NotChecked, new[] { reason });
            var expected = CertificateWarningSeverity.Of(reason) switch
            {
                WarningSeverity.Blocking => VerdictKind.Unsuitable,
                WarningSeverity.Register => VerdictKind.TestOnly,
                _ => VerdictKind.Suitable,
            };
            Assert.True(expected == verdict.Kind, reason.ToString());
        }
    }

    [Fact]
    public void Revoked_forged_expired_and_renew_first_block_while_unchecked_revocation_does_not()
    {
        Assert.Equal(WarningSeverity.Blocking, CertificateWarningSeverity.Of(CertificateWarning.Revoked));
        Assert.Equal(WarningSeverity.Blocking, CertificateWarningSeverity.Of(CertificateWarning.IssuerNotVerified));
        Assert.Equal(WarningSeverity.Blocking, CertificateWarningSeverity.Of(CertificateWarning.Expired));
        Assert.Equal(WarningSeverity.Blocking, CertificateWarningSeverity.Of(CertificateWarning.RenewFirst));
        Assert.Equal(WarningSeverity.Caution, CertificateWarningSeverity.Of(CertificateWarning.RevocationOffline));
        Assert.Equal(WarningSeverity.Caution, CertificateWarningSeverity.Of(CertificateWarning.ExpiresSoon));
    }

    [Fact]
    public void An_unverified_issuer_is_never_suitable_whatever_the_reasons_say()
    {
        Assert.Equal(VerdictKind.Unsuitable, AltIdVerdict.From(issuerVerified: false, RevocationStatus.Good, Array.Empty<CertificateWarning>()).Kind);
    }

    [Fact]
    public void Reasons_are_ordered_most_serious_first_and_said_once()
    {
        var verdict = AltIdVerdict.From(true, RevocationStatus.NotChecked, new[]
        {
            CertificateWarning.RevocationOffline, CertificateWarning.TestCertificate, CertificateWarning.Expired, CertificateWarning.Expired,
        });

        Assert.Equal(new[] { CertificateWarning.Expired, CertificateWarning.TestCertificate, CertificateWarning.RevocationOffline }, verdict.Reasons);
    }

    [Fact]
    public void Never_says_valid_or_not_revoked_when_revocation_was_not_checked()
    {
        var chain = PssChainFactory.Oces3System(TestClock.Now, issuerOu: null);
        var summary = CertificateDescriber.Describe(chain.Leaf.RawData, TestClock.Now, TestChecks.Trusting(chain));
        Assert.Equal(VerdictKind.Suitable, summary.AltId.Kind);

        var text = CertificateText.Verdict(summary);

        Assert.EndsWith("revocation not checked.", text.English);
        Assert.EndsWith("spærring ikke kontrolleret.", text.Danish);
        Assert.DoesNotContain("not revoked", text.English);
        Assert.DoesNotContain("valid", text.English, StringComparison.OrdinalIgnoreCase);
    }
}
