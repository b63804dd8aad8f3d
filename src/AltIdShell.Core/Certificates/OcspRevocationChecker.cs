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
/// timeout, no retries. An answer counts only when signed by the issuing CA or by a responder certificate that CA
/// issued for OCSP signing, and only when it is about this certificate and current; anything else is "not checked".
/// </summary>
internal sealed class OcspRevocationChecker : IRevocationChecker
{
    private const int MaxResponseBytes = 64 * 1024;
    private const string OcspSigningPurpose = "1.3.6.1.5.5.7.3.9";

    // Responder and machine share the machine's clock, whatever instant the certificate itself is judged at.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly HttpClient _client;

    public OcspRevocationChecker(TimeSpan timeout)
    {
        _client = new HttpClient { Timeout = timeout, MaxResponseContentBufferSize = MaxResponseBytes };
    }

    public RevocationStatus Check(X509Certificate leaf, X509Certificate issuingCa)
    {
        var responder = ResponderUri(leaf);
        if (responder is null)
            return RevocationStatus.NotChecked;
        try
        {
            var id = new CertificateID(CertificateID.DigestSha1, issuingCa, leaf.SerialNumber);
            var generator = new OcspReqGenerator();
            generator.AddRequest(id);
            var answer = Post(responder, generator.Generate().GetEncoded()).ConfigureAwait(false).GetAwaiter().GetResult();
            return answer is null ? RevocationStatus.NotChecked : StatusIn(answer, id, issuingCa);
        }
        // No answer in time, no connection, or bytes that are no OCSP response: all mean "not checked", never "good".
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException
            or OcspException or System.IO.IOException or ArgumentException or InvalidCastException or InvalidOperationException)
        {
            return RevocationStatus.NotChecked;
        }
    }

    private async Task<byte[]?> Post(Uri responder, byte[] request)
    {
        using var content = new ByteArrayContent(request);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/ocsp-request");
        using var response = await _client.PostAsync(responder, content).ConfigureAwait(false);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false) : null;
    }

    private static RevocationStatus StatusIn(byte[] answer, CertificateID id, X509Certificate issuingCa)
    {
        var response = new OcspResp(answer);
        if (response.Status != OcspRespStatus.Successful || response.GetResponseObject() is not BasicOcspResp basic)
            return RevocationStatus.NotChecked;
        if (!SignedForIssuer(basic, issuingCa))
            return RevocationStatus.NotChecked;
        var now = DateTime.UtcNow;
        var single = basic.Responses.FirstOrDefault(r => r.GetCertID().Equals(id));
        if (single is null || single.ThisUpdate > now + ClockSkew || (single.NextUpdate is { } next && next < now - ClockSkew))
            return RevocationStatus.NotChecked;
        return single.GetCertStatus() switch
        {
            null => RevocationStatus.Good,
            RevokedStatus => RevocationStatus.Revoked,
            _ => RevocationStatus.Unknown,
        };
    }

    private static bool SignedForIssuer(BasicOcspResp basic, X509Certificate issuingCa)
    {
        if (Verifies(basic, issuingCa.GetPublicKey()))
            return true;
        // A delegated responder: its certificate, sent along, must be issued by the same CA for OCSP signing.
        return basic.GetCerts().Any(responder =>
            responder.IssuerDN.Equivalent(issuingCa.SubjectDN, inOrder: true)
            && IssuerVerifier.SignedBy(responder, issuingCa)
            && (responder.GetExtendedKeyUsage()?.Any(p => p.Id == OcspSigningPurpose) ?? false)
            && Verifies(basic, responder.GetPublicKey()));
    }

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
