using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Ocsp;
using Org.BouncyCastle.X509.Extension;
using X509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// Asks the OCSP responder named in the certificate's Authority Information Access (RFC 6960): one POST, a short
/// timeout, no retries. An answer counts only when signed by the issuing CA or by a currently valid responder
/// certificate that CA issued for OCSP signing, only when it is about this certificate, and only when it is current,
/// so that an old answer replayed after a revocation says nothing; anything else is "not checked", with the reason.
/// </summary>
internal sealed class OcspRevocationChecker : IRevocationChecker
{
    private const int MaxResponseBytes = 64 * 1024;
    private const string OcspSigningPurpose = "1.3.6.1.5.5.7.3.9";

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

    public RevocationAnswer Check(X509Certificate leaf, X509Certificate issuingCa)
    {
        var responder = ResponderUri(leaf);
        if (responder is null)
            return RevocationAnswer.NotChecked(CertificateWarning.RevocationNoAnswer);
        var id = new CertificateID(CertificateID.DigestSha1, issuingCa, leaf.SerialNumber);
        byte[]? answer;
        try
        {
            var generator = new OcspReqGenerator();
            generator.AddRequest(id);
            answer = Post(responder, generator.Generate().GetEncoded()).ConfigureAwait(false).GetAwaiter().GetResult();
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
        catch (Exception e) when (e is OcspException or System.IO.IOException or ArgumentException or InvalidCastException or InvalidOperationException)
        {
            return RevocationAnswer.NotChecked(CertificateWarning.RevocationAnswerUnusable);
        }
    }

    private async Task<byte[]?> Post(Uri responder, byte[] request)
    {
        using var content = new ByteArrayContent(request);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/ocsp-request");
        using var response = await _client.PostAsync(responder, content).ConfigureAwait(false);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false) : null;
    }

    private static RevocationAnswer Judge(byte[] answer, CertificateID id, X509Certificate issuingCa, DateTime now)
    {
        var response = new OcspResp(answer);
        if (response.Status != OcspRespStatus.Successful || response.GetResponseObject() is not BasicOcspResp basic)
            return RevocationAnswer.NotChecked(CertificateWarning.RevocationAnswerUnusable);
        if (!SignedForIssuer(basic, issuingCa, now))
            return RevocationAnswer.NotChecked(CertificateWarning.RevocationAnswerWrongSigner);
        var single = basic.Responses.FirstOrDefault(r => r.GetCertID().Equals(id));
        if (single is null)
            return RevocationAnswer.NotChecked(CertificateWarning.RevocationAnswerUnusable);
        if (!Current(basic.ProducedAt, single, now))
            return RevocationAnswer.NotChecked(CertificateWarning.RevocationAnswerStale);
        return single.GetCertStatus() switch
        {
            null => RevocationAnswer.Good,
            RevokedStatus => RevocationAnswer.Revoked,
            _ => RevocationAnswer.Unknown,
        };
    }

    private static bool Current(DateTime producedAt, SingleResp single, DateTime now)
    {
        var maxAge = single.NextUpdate is null ? MaxAgeWithoutNextUpdate : MaxAge;
        return producedAt <= now + ClockSkew
            && single.ThisUpdate <= now + ClockSkew
            && single.ThisUpdate >= now - maxAge - ClockSkew
            && (single.NextUpdate is not { } next || next >= now - ClockSkew);
    }

    private static bool SignedForIssuer(BasicOcspResp basic, X509Certificate issuingCa, DateTime now)
    {
        if (Verifies(basic, issuingCa.GetPublicKey()))
            return true;
        // A delegated responder: its certificate, sent along, must be issued by the same CA for OCSP signing and be
        // valid now and when it signed; responder keys are short-lived precisely because nobody checks their revocation.
        return basic.GetCerts().Any(responder =>
            responder.IssuerDN.Equivalent(issuingCa.SubjectDN, inOrder: true)
            && ValidAt(responder, now) && ValidAt(responder, basic.ProducedAt)
            && (responder.GetExtendedKeyUsage()?.Any(p => p.Id == OcspSigningPurpose) ?? false)
            && IssuerVerifier.SignedBy(responder, issuingCa)
            && Verifies(basic, responder.GetPublicKey()));
    }

    private static bool ValidAt(X509Certificate certificate, DateTime instant) =>
        certificate.NotBefore - ClockSkew <= instant && instant <= certificate.NotAfter + ClockSkew;

    private static bool Verifies(BasicOcspResp basic, AsymmetricKeyParameter key)
    {
        try
        {
            return basic.Verify(key);
        }
        // Another key's signature may be larger than this key's modulus, which BouncyCastle reports by throwing.
        catch (Exception e) when (e is CryptoException or OcspException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static Uri? ResponderUri(X509Certificate leaf)
    {
        var extension = leaf.GetExtensionValue(X509Extensions.AuthorityInfoAccess);
        if (extension is null)
            return null;
        var access = AuthorityInformationAccess.GetInstance(X509ExtensionUtilities.FromExtensionValue(extension));
        return access.GetAccessDescriptions()
            .Where(d => d.AccessMethod.Equals(AccessDescription.IdADOcsp) && d.AccessLocation.TagNo == GeneralName.UniformResourceIdentifier)
            .Select(d => Uri.TryCreate(DerIA5String.GetInstance(d.AccessLocation.Name).GetString(), UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(uri => uri != null && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));
    }
}
