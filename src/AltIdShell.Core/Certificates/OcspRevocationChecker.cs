using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using AltIdShell.Core.Pkcs12;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.Oiw;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Digests;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// Asks the OCSP responder named in the certificate's Authority Information Access (RFC 6960): one POST, a short
/// timeout, no retries. An answer counts only when signed by the issuing CA or by a currently valid responder
/// certificate that CA issued for OCSP signing, only when it is about this certificate, and only when it is current,
/// so that an old answer replayed after a revocation says nothing; anything else is "not checked", with the reason.
/// Request and answer are built and read as ASN.1 (RFC 6960 section 4), not through BouncyCastle's Ocsp classes, which
/// reach its name-based factories and with them every algorithm it has (issue 18).
/// </summary>
internal sealed class OcspRevocationChecker : IRevocationChecker
{
    private const int MaxResponseBytes = 64 * 1024;

    // Responder and machine share the machine's clock, whatever instant the certificate itself is judged at.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    // Without nextUpdate "newer information is available all the time" (RFC 6960 4.2.2.1): only a fresh answer counts.
    private static readonly TimeSpan MaxAgeWithoutNextUpdate = TimeSpan.FromHours(1);

    // With nextUpdate, still none older than the longest validity the CA/Browser Forum allows an OCSP answer.
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(10);

    private readonly HttpClient _client;
    private readonly Func<DateTime> _utcNow;

    public OcspRevocationChecker(TimeSpan timeout)
        : this(timeout, () => DateTime.UtcNow)
    {
    }

    /// <summary>For tests that judge an answer later (or earlier) than it was made.</summary>
    internal OcspRevocationChecker(TimeSpan timeout, Func<DateTime> utcNow)
    {
        _client = new HttpClient { Timeout = timeout, MaxResponseContentBufferSize = MaxResponseBytes };
        _utcNow = utcNow;
    }

    public RevocationAnswer Check(ParsedCertificate leaf, ParsedCertificate issuingCa)
    {
        var responder = ResponderUri(leaf);
        if (responder is null)
            return RevocationAnswer.NotChecked(CertificateWarning.RevocationNoAnswer);
        var id = CertificateId(issuingCa, leaf.Structure.SerialNumber);
        byte[]? answer;
        try
        {
            var request = new OcspRequest(new TbsRequest(null, new DerSequence(new Request(id, null)), (X509Extensions?)null), null);
            answer = Post(responder, request.GetEncoded(Asn1Encodable.Der)).ConfigureAwait(false).GetAwaiter().GetResult();
        }
        // No connection, no answer in time, or more than an OCSP answer's worth of bytes.
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException or System.IO.IOException)
        {
            return RevocationAnswer.NotChecked(CertificateWarning.RevocationNoAnswer);
        }
        try
        {
            return answer is null ? RevocationAnswer.NotChecked(CertificateWarning.RevocationAnswerUnusable) : Judge(answer, id, issuingCa, _utcNow());
        }
        // Bytes that are no OCSP response: "not checked", never "good".
        catch (Exception e) when (e is System.IO.IOException or ArgumentException or InvalidCastException or InvalidOperationException or ArithmeticException or FormatException)
        {
            return RevocationAnswer.NotChecked(CertificateWarning.RevocationAnswerUnusable);
        }
    }

    /// <summary>
    /// RFC 6960 section 4.1.1: SHA-1 of the issuer's name and of its key (the BIT STRING's contents), and the serial
    /// number. The responder echoes it, so the answer about this certificate is the one that carries an equal CertID.
    /// </summary>
    private static CertID CertificateId(ParsedCertificate issuingCa, DerInteger serialNumber)
    {
        var nameHash = Digests.Hash(new Sha1Digest(), issuingCa.Subject.GetEncoded(Asn1Encodable.Der));
        var keyHash = Digests.Hash(new Sha1Digest(), issuingCa.Structure.SubjectPublicKeyInfo.PublicKey.GetBytes());
        return new CertID(new AlgorithmIdentifier(OiwObjectIdentifiers.IdSha1, DerNull.Instance), new DerOctetString(nameHash), new DerOctetString(keyHash), serialNumber);
    }

    private async Task<byte[]?> Post(Uri responder, byte[] request)
    {
        using var content = new ByteArrayContent(request);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/ocsp-request");
        using var response = await _client.PostAsync(responder, content).ConfigureAwait(false);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false) : null;
    }

    private static RevocationAnswer Judge(byte[] answer, CertID id, ParsedCertificate issuingCa, DateTime now)
    {
        var response = OcspResponse.GetInstance(Asn1Object.FromByteArray(answer));
        if (response.ResponseStatus.IntValueExact != OcspResponseStatus.Successful || response.ResponseBytes is not { } bytes
            || !bytes.ResponseType.Equals(OcspObjectIdentifiers.PkixOcspBasic))
            return RevocationAnswer.NotChecked(CertificateWarning.RevocationAnswerUnusable);
        var basic = BasicOcspResponse.GetInstance(Asn1Object.FromByteArray(bytes.Response.GetOctets()));
        var data = basic.TbsResponseData;
        var producedAt = data.ProducedAt.ToDateTime();
        if (!SignedForIssuer(basic, issuingCa, producedAt, now))
            return RevocationAnswer.NotChecked(CertificateWarning.RevocationAnswerWrongSigner);
        var single = data.Responses.Cast<Asn1Encodable>().Select(SingleResponse.GetInstance).FirstOrDefault(r => r.CertId.Equals(id));
        if (single is null)
            return RevocationAnswer.NotChecked(CertificateWarning.RevocationAnswerUnusable);
        // Revocation is final, a hold aside: a signed "revoked" stands however it is dated, so that a slow clock or a
        // stale cache cannot turn it into "not checked". Freshness guards against a replayed "good".
        if (single.CertStatus.TagNo == 1 && !OnHold(single))
            return RevocationAnswer.Revoked;
        if (!Current(producedAt, single, now))
            return RevocationAnswer.NotChecked(CertificateWarning.RevocationAnswerStale);
        return single.CertStatus.TagNo switch
        {
            0 => RevocationAnswer.Good,
            1 => RevocationAnswer.Revoked,
            _ => RevocationAnswer.Unknown,
        };
    }

    private static bool OnHold(SingleResponse single) =>
        RevokedInfo.GetInstance(single.CertStatus.Status).RevocationReason?.IntValueExact == CrlReason.CertificateHold;

    private static bool Current(DateTime producedAt, SingleResponse single, DateTime now)
    {
        var thisUpdate = single.ThisUpdate.ToDateTime();
        var nextUpdate = single.NextUpdate?.ToDateTime();
        var maxAge = nextUpdate is null ? MaxAgeWithoutNextUpdate : MaxAge;
        return producedAt <= now + ClockSkew
            && thisUpdate <= now + ClockSkew
            && thisUpdate >= now - maxAge - ClockSkew
            && (nextUpdate is not { } next || next >= now - ClockSkew);
    }

    private static bool SignedForIssuer(BasicOcspResponse basic, ParsedCertificate issuingCa, DateTime producedAt, DateTime now)
    {
        if (Verifies(basic, issuingCa))
            return true;
        // A delegated responder: its certificate, sent along, must be issued by the same CA for OCSP signing and be
        // valid now and when it signed; responder keys are short-lived precisely because nobody checks their revocation.
        return (basic.Certs?.Cast<Asn1Encodable>() ?? Enumerable.Empty<Asn1Encodable>())
            .Select(c => ParsedCertificate.From(X509CertificateStructure.GetInstance(c)))
            .Any(responder =>
                responder.Issuer.Equivalent(issuingCa.Subject, inOrder: true)
                && ValidAt(responder, now) && ValidAt(responder, producedAt)
                && ForOcspSigning(responder)
                && IssuerVerifier.SignedBy(responder, issuingCa)
                && Verifies(basic, responder));
    }

    private static bool ForOcspSigning(ParsedCertificate responder) =>
        responder.Extension(X509Extensions.ExtendedKeyUsage) is { } usage
        && ExtendedKeyUsage.GetInstance(usage).HasKeyPurposeId(KeyPurposeID.id_kp_OCSPSigning);

    private static bool ValidAt(ParsedCertificate certificate, DateTime instant) =>
        certificate.NotBefore - ClockSkew <= instant && instant <= certificate.NotAfter + ClockSkew;

    private static bool Verifies(BasicOcspResponse basic, ParsedCertificate signer) =>
        SignatureCheck.Verifies(signer.RsaKey, basic.SignatureAlgorithm, basic.TbsResponseData.GetEncoded(Asn1Encodable.Der), basic.Signature);

    private static Uri? ResponderUri(ParsedCertificate leaf)
    {
        if (leaf.Extension(X509Extensions.AuthorityInfoAccess) is not { } extension)
            return null;
        var access = AuthorityInformationAccess.GetInstance(extension);
        return access.GetAccessDescriptions()
            .Where(d => d.AccessMethod.Equals(AccessDescription.IdADOcsp) && d.AccessLocation.TagNo == GeneralName.UniformResourceIdentifier)
            .Select(d => Uri.TryCreate(DerIA5String.GetInstance(d.AccessLocation.Name).GetString(), UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(uri => uri != null && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));
    }
}
