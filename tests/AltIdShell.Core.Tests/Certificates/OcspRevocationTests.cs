using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AltIdShell.Core.Certificates;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Certificates;

/// <summary>
/// Revocation against an OCSP responder on 127.0.0.1 whose answers OpenSSL makes and signs, for a genuine PSS chain
/// of the test's own (trusted through injected anchors). Never a real responder.
/// </summary>
public sealed class OcspRevocationTests : IDisposable
{
    // Long enough for a loaded machine to start `openssl ocsp` for each answer; only the silent responder waits it out.
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromSeconds(8);
    private readonly OcspResponder _responder = new();
    private readonly CertificateFactory.Chain _chain;

    public OcspRevocationTests() => _chain = PssChainFactory.Oces3System(TestClock.Now, issuerOu: null, ocspUri: _responder.Uri);

    public void Dispose() => _responder.Dispose();

    private CertificateSummary Describe(CertificateFactory.Chain chain) =>
        CertificateDescriber.Describe(chain.Leaf.RawData, TestClock.Now, new CertificateChecks(
            TrustAnchors.From(new[] { chain.Root.RawData, chain.Issuer.RawData }), new OcspRevocationChecker(ShortTimeout)));

    /// <summary>
    /// With the answer judged <paramref name="later"/> than the responder made it: OpenSSL dates each answer by the
    /// machine's clock, so the checker's clock is that same clock moved, on any day and under the shifted-clock stage.
    /// </summary>
    private CertificateSummary DescribeLater(TimeSpan later) =>
        CertificateDescriber.Describe(_chain.Leaf.RawData, TestClock.Now, new CertificateChecks(
            TrustAnchors.From(new[] { _chain.Root.RawData, _chain.Issuer.RawData }),
            new OcspRevocationChecker(ShortTimeout, () => TestClock.ChildProcessNow.UtcDateTime + later)));

    [Fact]
    public void Good_is_said_as_not_revoked_and_leaves_the_certificate_suitable()
    {
        _responder.AnswerFor(_chain.Issuer, new[] { new OcspIndexEntry(_chain.Leaf) });

        var summary = Describe(_chain);

        Assert.Equal(VerdictKind.Suitable, summary.AltId.Kind);
        Assert.Equal(RevocationStatus.Good, summary.AltId.Revocation);
        Assert.Empty(summary.AltId.Reasons);
        Assert.EndsWith("not revoked (OCSP).", CertificateText.Verdict(summary).English);
    }

    [Fact]
    public void Revoked_makes_it_unsuitable()
    {
        _responder.AnswerFor(_chain.Issuer, new[] { new OcspIndexEntry(_chain.Leaf, RevokedAt: TestClock.Now.AddDays(-2)) });

        var summary = Describe(_chain);

        Assert.Equal(RevocationStatus.Revoked, summary.AltId.Revocation);
        Assert.Equal(VerdictKind.Unsuitable, summary.AltId.Kind);
        Assert.Equal(CertificateWarning.Revoked, summary.AltId.Reasons[0]);
    }

    [Fact]
    public void Unknown_to_the_responder_is_said_as_not_confirmed()
    {
        _responder.AnswerFor(_chain.Issuer, new[] { new OcspIndexEntry(_chain.Issuer) });

        var summary = Describe(_chain);

        Assert.Equal(RevocationStatus.Unknown, summary.AltId.Revocation);
        Assert.Equal(new[] { CertificateWarning.RevocationUnknown }, summary.AltId.Reasons);
        Assert.EndsWith("revocation not confirmed.", CertificateText.Verdict(summary).English);
    }

    [Fact]
    public void A_responder_that_never_answers_leaves_revocation_not_checked()
    {
        var summary = Describe(_chain);

        Assert.Equal(RevocationStatus.NotChecked, summary.AltId.Revocation);
        Assert.Equal(new[] { CertificateWarning.RevocationNoAnswer }, summary.AltId.Reasons);
        Assert.EndsWith("revocation not checked.", CertificateText.Verdict(summary).English);
    }

    [Fact]
    public void A_closed_port_leaves_revocation_not_checked()
    {
        var chain = PssChainFactory.Oces3System(TestClock.Now, issuerOu: null, ocspUri: OcspResponder.ClosedPort());

        var summary = Describe(chain);

        Assert.Equal(RevocationStatus.NotChecked, summary.AltId.Revocation);
        Assert.Equal(new[] { CertificateWarning.RevocationNoAnswer }, summary.AltId.Reasons);
    }

    [Fact]
    public void A_certificate_naming_no_responder_is_not_checked()
    {
        var chain = PssChainFactory.Oces3System(TestClock.Now, issuerOu: null);

        Assert.Equal(RevocationStatus.NotChecked, Describe(chain).AltId.Revocation);
    }

    [Fact]
    public void An_answer_signed_by_another_key_is_not_trusted()
    {
        var impostor = PssChainFactory.Oces3System(TestClock.Now, issuerOu: null, keys: PssKeys.Second).Issuer;
        _responder.AnswerFor(_chain.Issuer, new[] { new OcspIndexEntry(_chain.Leaf) }, signer: impostor);

        Assert.Equal(RevocationStatus.NotChecked, Describe(_chain).AltId.Revocation);
    }

    [Fact]
    public void A_delegated_responder_certified_by_the_CA_for_OCSP_signing_is_trusted()
    {
        _responder.AnswerFor(_chain.Issuer, new[] { new OcspIndexEntry(_chain.Leaf, RevokedAt: TestClock.Now.AddDays(-2)) },
            signer: ResponderCertificate(_chain.Issuer, ocspSigning: true));

        Assert.Equal(RevocationStatus.Revoked, Describe(_chain).AltId.Revocation);
    }

    [Fact]
    public void A_delegated_responder_without_the_OCSP_signing_purpose_is_not_trusted()
    {
        _responder.AnswerFor(_chain.Issuer, new[] { new OcspIndexEntry(_chain.Leaf) },
            signer: ResponderCertificate(_chain.Issuer, ocspSigning: false));

        Assert.Equal(RevocationStatus.NotChecked, Describe(_chain).AltId.Revocation);
    }

    [Fact]
    public void Offline_asks_nobody_and_says_so()
    {
        var summary = CertificateDescriber.Describe(_chain.Leaf.RawData, TestClock.Now, TestChecks.Trusting(_chain));

        Assert.Equal(RevocationStatus.NotChecked, summary.AltId.Revocation);
        Assert.Equal(new[] { CertificateWarning.RevocationOffline }, summary.AltId.Reasons);
    }

    [Fact]
    public void A_forged_certificate_is_never_sent_to_its_responder()
    {
        _responder.AnswerFor(_chain.Issuer, new[] { new OcspIndexEntry(_chain.Leaf) });
        var trustsOthers = PssChainFactory.Oces3System(TestClock.Now, issuerOu: null, keys: PssKeys.Second);

        var summary = CertificateDescriber.Describe(_chain.Leaf.RawData, TestClock.Now, new CertificateChecks(
            TrustAnchors.From(new[] { trustsOthers.Root.RawData, trustsOthers.Issuer.RawData }), new OcspRevocationChecker(ShortTimeout)));

        Assert.Equal(RevocationStatus.NotChecked, summary.AltId.Revocation);
        Assert.Equal(0, _responder.Requests);
    }

    [Fact]
    public void An_answer_without_nextUpdate_counts_only_while_fresh()
    {
        _responder.AnswerFor(_chain.Issuer, new[] { new OcspIndexEntry(_chain.Leaf) }, validDays: null);

        Assert.Equal(RevocationStatus.Good, DescribeLater(TimeSpan.Zero).AltId.Revocation);
        var replayed = DescribeLater(TimeSpan.FromHours(2));

        Assert.Equal(RevocationStatus.NotChecked, replayed.AltId.Revocation);
        Assert.Equal(new[] { CertificateWarning.RevocationAnswerStale }, replayed.AltId.Reasons);
        Assert.Equal(VerdictKind.Suitable, replayed.AltId.Kind);
    }

    [Theory]
    [InlineData(1, 2 * 24)]
    [InlineData(30, 11 * 24)]
    [InlineData(1, -1)]
    public void A_good_answer_past_its_nextUpdate_older_than_ten_days_or_dated_ahead_is_stale(int validDays, int laterHours)
    {
        _responder.AnswerFor(_chain.Issuer, new[] { new OcspIndexEntry(_chain.Leaf) }, validDays: validDays);

        var summary = DescribeLater(TimeSpan.FromHours(laterHours));

        Assert.Equal(RevocationStatus.NotChecked, summary.AltId.Revocation);
        Assert.Equal(new[] { CertificateWarning.RevocationAnswerStale }, summary.AltId.Reasons);
    }

    [Theory]
    [InlineData(1, 2 * 24)]
    [InlineData(30, 11 * 24)]
    [InlineData(1, -1)]
    public void A_revoked_answer_stands_however_it_is_dated(int validDays, int laterHours)
    {
        _responder.AnswerFor(_chain.Issuer, new[] { new OcspIndexEntry(_chain.Leaf, RevokedAt: TestClock.Now.AddDays(-2)) }, validDays: validDays);

        var summary = DescribeLater(TimeSpan.FromHours(laterHours));

        Assert.Equal(RevocationStatus.Revoked, summary.AltId.Revocation);
        Assert.Equal(VerdictKind.Unsuitable, summary.AltId.Kind);
    }

    [Fact]
    public void A_hold_is_not_final_and_counts_only_while_current()
    {
        _responder.AnswerFor(_chain.Issuer, new[] { new OcspIndexEntry(_chain.Leaf, TestClock.Now.AddDays(-2), "certificateHold") }, validDays: 1);

        Assert.Equal(RevocationStatus.Revoked, DescribeLater(TimeSpan.Zero).AltId.Revocation);
        Assert.Equal(RevocationStatus.NotChecked, DescribeLater(TimeSpan.FromDays(2)).AltId.Revocation);
    }

    [Fact]
    public void A_good_answer_within_its_validity_counts()
    {
        _responder.AnswerFor(_chain.Issuer, new[] { new OcspIndexEntry(_chain.Leaf) }, validDays: 30);

        Assert.Equal(RevocationStatus.Good, DescribeLater(TimeSpan.FromDays(9)).AltId.Revocation);
    }

    [Theory]
    [InlineData(-30, -1)]
    [InlineData(1, 30)]
    public void A_delegated_responder_outside_its_validity_is_not_trusted(int fromDays, int toDays)
    {
        var now = TestClock.ChildProcessNow;
        _responder.AnswerFor(_chain.Issuer, new[] { new OcspIndexEntry(_chain.Leaf) },
            signer: ResponderCertificate(_chain.Issuer, ocspSigning: true, now.AddDays(fromDays), now.AddDays(toDays)));

        var summary = Describe(_chain);

        Assert.Equal(RevocationStatus.NotChecked, summary.AltId.Revocation);
        Assert.Equal(new[] { CertificateWarning.RevocationAnswerWrongSigner }, summary.AltId.Reasons);
    }

    [Fact]
    public void A_delegated_responder_of_another_CA_with_the_same_name_is_not_trusted()
    {
        var sameName = PssChainFactory.Oces3System(TestClock.Now, issuerOu: null, keys: PssKeys.Second).Issuer;
        _responder.AnswerFor(_chain.Issuer, new[] { new OcspIndexEntry(_chain.Leaf) }, signer: ResponderCertificate(sameName, ocspSigning: true));

        Assert.Equal(new[] { CertificateWarning.RevocationAnswerWrongSigner }, Describe(_chain).AltId.Reasons);
    }

    [Fact]
    public void Not_reached_and_answered_but_not_trusted_are_told_apart()
    {
        var unreachable = Describe(PssChainFactory.Oces3System(TestClock.Now, issuerOu: null, ocspUri: OcspResponder.ClosedPort()));
        _responder.FailEveryRequest();
        var failing = Describe(_chain);

        Assert.Equal(new[] { CertificateWarning.RevocationNoAnswer }, unreachable.AltId.Reasons);
        Assert.Equal(new[] { CertificateWarning.RevocationAnswerUnusable }, failing.AltId.Reasons);
        Assert.Equal(RevocationStatus.NotChecked, failing.AltId.Revocation);
        Assert.Contains("could not be reached", Reason(unreachable).English);
        Assert.Contains("kunne ikke nås", Reason(unreachable).Danish);
        Assert.Contains("answered, but the answer could not be trusted", Reason(failing).English);
        Assert.Contains("svarede, men svaret kunne ikke godkendes", Reason(failing).Danish);
    }

    private static AltIdShell.Core.Text.LocalizedText Reason(CertificateSummary summary) =>
        CertificateWarningText.For(summary.AltId.Reasons.Single(), summary);

    // Valid around the machine's clock, which the checker judges a responder by.
    private static X509Certificate2 ResponderCertificate(X509Certificate2 issuer, bool ocspSigning) =>
        ResponderCertificate(issuer, ocspSigning, TestClock.ChildProcessNow.AddDays(-1), TestClock.ChildProcessNow.AddYears(1));

    private static X509Certificate2 ResponderCertificate(X509Certificate2 issuer, bool ocspSigning, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = PssKeys.Second.Leaf();
        var request = new CertificateRequest("CN=OCSP responder, O=Den Danske Stat, C=DK", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        var purpose = ocspSigning ? "1.3.6.1.5.5.7.3.9" : "1.3.6.1.5.5.7.3.2";
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid(purpose) }, false));
        using var certificate = request.Create(issuer, notBefore, notAfter, new byte[] { 9, 9 });
        return certificate.CopyWithPrivateKey(key);
    }
}
