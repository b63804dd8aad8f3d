using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using AltIdShell.Core.Errors;
using Org.BouncyCastle.Crypto;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// A PKCS#12 file, opened once: reads the certificates out of it (RFC 7292) as real files have them: BER or DER, legacy or PBES2
/// encryption, with or without a MAC. The whole structure and every cost is read and checked before the first
/// key derivation; the private key bag is never decrypted. Each structure has its reader; what they let pass on
/// purpose is listed, with the reason, in docs/security.md ("What the PKCS#12 reader lets pass, on purpose").
/// </summary>
internal sealed class Pkcs12File
{
    private readonly Pfx _pfx;
    private readonly List<ContentPart> _parts;
    private readonly Pkcs12Limits _limits;

    private Pkcs12File(Pfx pfx, List<ContentPart> parts, Pkcs12Limits limits)
    {
        _pfx = pfx;
        _parts = parts;
        _limits = limits;
    }

    /// <summary>
    /// Reads the structure once, before any password: sniffed, parsed, every cost and limit checked. Throws
    /// <see cref="ExportException"/> for a file that is no PKCS#12, damaged, unsupported or over a limit.
    /// </summary>
    public static Pkcs12File Parse(ReadOnlyMemory<byte> file, Pkcs12Limits limits)
    {
        if (file.Length > limits.MaxFileBytes)
            throw ExportErrors.LimitExceeded(ErrorDetail.FileSize, file.Length, limits.MaxFileBytes);
        FileSniffer.ThrowIfNotPkcs12(file);

        var pfx = Pfx.Read(file, limits);
        var parts = AuthenticatedSafeReader.Read(pfx.AuthenticatedSafe, limits);
        CheckTotalCost(pfx.Mac, parts, limits);
        return new Pkcs12File(pfx, parts, limits);
    }

    /// <summary>
    /// True for a file with neither a MAC nor encrypted certificates (openssl pkcs12 -export -nomac -certpbe NONE):
    /// nothing in it depends on a password, so nobody should be asked for one.
    /// </summary>
    public bool IsPasswordFree => _pfx.Mac is null && _parts.All(part => part.Scheme is null);

    /// <summary>
    /// The certificates under <paramref name="password"/>; throws <see cref="ExportException"/> (WrongPassword for a
    /// wrong one). May be called again with another password: the structure is not read again.
    /// <paramref name="cancellation"/> stops the key derivations; <paramref name="progress"/> hears the share of
    /// derivation work done, 0 to 1, for a front end that shows a long one.
    /// </summary>
    public Pkcs12Contents Open(string? password, CancellationToken cancellation = default, IProgress<double>? progress = null)
    {
        var passwords = new Pkcs12Password(password);
        return _pfx.Mac is null
            ? ReadParts(_parts, passwords, passwords.LegacyCandidates, macVerified: false, _limits)
            : ReadVerified(_pfx.Mac, _pfx.AuthenticatedSafe, _parts, passwords, _limits);
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
        catch (ExportException e)
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
            catch (ExportException e) when (!macVerified && e.Kind == ExportErrorKind.Corrupt)
            {
                // Without a MAC a wrong password shows only as garbage after decryption.
            }
        }
        throw macVerified
            ? ExportErrors.Corrupt(ErrorDetail.CertificatesUnderAnotherPassword.Format(part.Scheme!.Name))
            : ExportErrors.WrongPassword();
    }
}
