using System;
using System.Collections.Generic;
using System.Formats.Asn1;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using AltIdShell.Core.Errors;
using Org.BouncyCastle.Crypto;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// Reads the certificates out of a PKCS#12 file (RFC 7292) as real files have them: BER or DER, legacy or PBES2
/// encryption, with or without a MAC. The whole structure and every cost is read and checked before the first
/// key derivation; the private key bag is never decrypted.
/// </summary>
internal static class Pkcs12Reader
{
    private static readonly Asn1Tag Explicit0 = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag Implicit0 = new(TagClass.ContextSpecific, 0);

    public static Pkcs12Contents Read(ReadOnlyMemory<byte> file, string? password, Pkcs12Limits limits)
    {
        var stage = "PFX";
        try
        {
            var (mac, authenticatedSafe, parts) = ReadStructure(file, limits, ref stage);
            var passwords = new Pkcs12Password(password);
            stage = "SafeContents";
            return mac is null
                ? ReadParts(parts, passwords, passwords.LegacyCandidates, macVerified: false, limits)
                : ReadVerified(mac, authenticatedSafe, parts, passwords, limits);
        }
        catch (AsnContentException e)
        {
            throw ExportErrors.Corrupt(stage, e);
        }
    }

    /// <summary>
    /// True for a file with neither a MAC nor encrypted certificates (openssl pkcs12 -export -nomac -certpbe NONE):
    /// nothing in it depends on a password, so nobody should be asked for one.
    /// </summary>
    public static bool IsPasswordFree(ReadOnlyMemory<byte> file, Pkcs12Limits limits)
    {
        var stage = "PFX";
        try
        {
            var (mac, _, parts) = ReadStructure(file, limits, ref stage);
            return mac is null && parts.All(part => part.Scheme is null);
        }
        catch (AsnContentException e)
        {
            throw ExportErrors.Corrupt(stage, e);
        }
    }

    private static (PasswordMac? Mac, byte[] AuthenticatedSafe, List<ContentPart> Parts) ReadStructure(
        ReadOnlyMemory<byte> file, Pkcs12Limits limits, ref string stage)
    {
        if (file.Length > limits.MaxFileBytes)
            throw ExportErrors.LimitExceeded(ErrorDetail.FileSize, file.Length, limits.MaxFileBytes);
        FileSniffer.ThrowIfNotPkcs12(file);

        var pfx = new AsnReader(file, AsnEncodingRules.BER).ReadSequence();
        // A .p7b or CMS file is a SEQUENCE too, but starts with an OID: not a damaged PFX, another kind of file.
        if (pfx.PeekTag() != Asn1Tag.Integer)
            throw ExportErrors.NotPkcs12(FileSniffer.NotAPkcs12Structure);
        if (!pfx.TryReadInt32(out var version) || version != 3)
            throw ExportErrors.NotPkcs12(new Text.LocalizedText("ukendt version.", "unknown version."));

        stage = "authSafe";
        var authSafe = pfx.ReadSequence();
        var contentType = authSafe.ReadObjectIdentifier();
        if (contentType != Oids.Data)
            throw ExportErrors.UnsupportedAlgorithm(Digests.Describe(contentType));
        var authenticatedSafe = authSafe.ReadSequence(Explicit0).ReadOctetString();

        stage = "macData";
        var mac = pfx.HasData ? MacData.Read(pfx, limits) : null;

        stage = "AuthenticatedSafe";
        var parts = ReadAuthenticatedSafe(authenticatedSafe, limits);
        CheckTotalCost(mac, parts, limits);
        return (mac, authenticatedSafe, parts);
    }

    /// <summary>
    /// Checks the MAC and decrypts the certificates side by side: each runs the KDF tens of thousands of times, and
    /// the certificates are public, so decrypting before the MAC has confirmed the password risks nothing and halves
    /// the wait on a second core. The MAC still decides: a wrong password is reported as such, never as damage.
    /// </summary>
    private static Pkcs12Contents ReadVerified(PasswordMac mac, byte[] authenticatedSafe, List<ContentPart> parts,
        Pkcs12Password passwords, Pkcs12Limits limits)
    {
        var likely = passwords.LegacyCandidates[0];
        var macCheck = Task.Run(() => mac.FindPassword(passwords, authenticatedSafe));
        Pkcs12Contents? speculative = null;
        ExceptionDispatchInfo? speculativeFailure = null;
        try
        {
            speculative = ReadParts(parts, passwords, new[] { likely }, macVerified: true, limits);
        }
        catch (Exception e) when (e is ExportException or AsnContentException)
        {
            speculativeFailure = ExceptionDispatchInfo.Capture(e);
        }

        var verified = macCheck.GetAwaiter().GetResult() ?? throw ExportErrors.WrongPassword();
        if (!ReferenceEquals(verified, likely))
            return ReadParts(parts, passwords, new[] { verified }, macVerified: true, limits);
        speculativeFailure?.Throw();
        return speculative!;
    }

    private static Pkcs12Contents ReadParts(List<ContentPart> parts, Pkcs12Password passwords,
        IReadOnlyList<byte[]> legacyPasswords, bool macVerified, Pkcs12Limits limits)
    {
        var collector = new SafeBagCollector(limits);
        foreach (var part in parts)
        {
            if (part.Scheme is null)
                collector.ReadSafeContents(part.Content);
            else
                DecryptInto(collector, part, passwords, legacyPasswords, macVerified);
        }
        return collector.ToContents();
    }

    private static List<ContentPart> ReadAuthenticatedSafe(byte[] authenticatedSafe, Pkcs12Limits limits)
    {
        var outer = new AsnReader(authenticatedSafe, AsnEncodingRules.BER);
        var contentInfos = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        var parts = new List<ContentPart>();
        while (contentInfos.HasData)
        {
            if (parts.Count >= limits.MaxBags)
                throw ExportErrors.LimitExceeded(ErrorDetail.ContentParts, parts.Count + 1, limits.MaxBags);
            var contentInfo = contentInfos.ReadSequence();
            var type = contentInfo.ReadObjectIdentifier();
            var content = contentInfo.ReadSequence(Explicit0);
            switch (type)
            {
                case Oids.Data:
                    parts.Add(new ContentPart(null, content.ReadOctetString()));
                    break;
                case Oids.EncryptedData:
                    var encryptedData = content.ReadSequence();
                    encryptedData.ReadInteger();
                    var info = encryptedData.ReadSequence();
                    info.ReadObjectIdentifier();
                    var scheme = PbeSchemeReader.Read(info, limits);
                    // An absent encryptedContent is legal and means "nothing here".
                    var ciphertext = info.HasData ? info.ReadOctetString(Implicit0) : new byte[0];
                    parts.Add(new ContentPart(scheme, ciphertext));
                    break;
                default:
                    throw ExportErrors.UnsupportedAlgorithm(Digests.Describe(type));
            }
        }
        return parts;
    }

    private static void CheckTotalCost(PasswordMac? mac, List<ContentPart> parts, Pkcs12Limits limits)
    {
        long total = mac?.Cost ?? 0;
        foreach (var part in parts)
            total += part.Scheme?.Cost ?? 0;
        if (total > limits.MaxTotalIterations)
            throw ExportErrors.LimitExceeded(ErrorDetail.TotalIterations, total, limits.MaxTotalIterations);
    }

    private static void DecryptInto(SafeBagCollector collector, ContentPart part, Pkcs12Password passwords,
        IReadOnlyList<byte[]> legacyPasswords, bool macVerified)
    {
        if (part.Content.Length == 0)
            return;
        // PBES2 uses one password form; the legacy schemes may need to try the forms the MAC did not settle.
        var attempts = part.Scheme is Pbes2Scheme ? new[] { legacyPasswords[0] } : legacyPasswords;
        foreach (var legacyPassword in attempts)
        {
            byte[] plain;
            try
            {
                plain = part.Scheme!.Decrypt(passwords, legacyPassword, part.Content);
            }
            catch (InvalidCipherTextException)
            {
                continue;
            }
            catch (DataLengthException)
            {
                throw ExportErrors.Corrupt(ErrorDetail.EncryptedContentLength);
            }

            try
            {
                collector.ReadSafeContents(plain);
                return;
            }
            catch (AsnContentException) when (!macVerified)
            {
                // Without a MAC a wrong password shows only as garbage after decryption.
            }
        }
        throw macVerified
            ? ExportErrors.Corrupt(ErrorDetail.CertificatesUnderAnotherPassword(part.Scheme!.Name))
            : ExportErrors.WrongPassword();
    }

    private sealed class ContentPart
    {
        public ContentPart(PbeScheme? scheme, byte[] content)
        {
            Scheme = scheme;
            Content = content;
        }

        /// <summary>Null for plain data.</summary>
        public PbeScheme? Scheme { get; }
        public byte[] Content { get; }
    }
}
