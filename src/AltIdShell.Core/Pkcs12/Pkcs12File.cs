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
    /// <paramref name="cancellation"/> stops the key derivations within a few milliseconds (OperationCanceledException);
    /// <paramref name="progress"/> hears the share of derivation work done, rising from 0 to 1, a report per percent
    /// at most, on the threads that derive (the MAC check runs on a second one).
    /// </summary>
    public Pkcs12Contents Open(string? password, CancellationToken cancellation = default, IProgress<double>? progress = null)
    {
        cancellation.ThrowIfCancellationRequested();
        var passwords = new Pkcs12Password(password);
        var meter = new DerivationMeter(cancellation, progress, PlannedWork());
        var contents = _pfx.Mac is null
            ? ReadParts(new OpenAttempt(passwords, passwords.LegacyCandidates, meter, HasMac: false, () => false), _parts, _limits)
            : ReadVerified(_pfx.Mac, _pfx.AuthenticatedSafe, _parts, passwords, meter, _limits);
        meter.Complete();
        return contents;
    }

    /// <summary>The work Open expects when each derivation takes one password form: what progress counts against.</summary>
    private long PlannedWork() => (_pfx.Mac?.Cost ?? 0) + _parts.Sum(part => part.Content.Length == 0 ? 0 : part.Scheme?.Cost ?? 0);

    /// <summary>
    /// Checks the MAC and decrypts the certificates side by side: each runs the KDF tens of thousands of times, and
    /// the certificates are public, so decrypting before the MAC has confirmed the password risks nothing and halves
    /// the wait on a second core. The MAC still decides: a wrong password is reported as such, never as damage.
    /// </summary>
    private static Pkcs12Contents ReadVerified(PasswordMac mac, byte[] authenticatedSafe, List<ContentPart> parts,
        Pkcs12Password passwords, DerivationMeter meter, Pkcs12Limits limits)
    {
        var likely = passwords.LegacyCandidates[0];
        var macCheck = Task.Run(() => mac.FindPassword(passwords, authenticatedSafe, meter));
        // The Latin-1 retry waits for the MAC: only a confirmed password makes it worth a second derivation.
        var speculation = new OpenAttempt(passwords, new[] { likely }, meter, HasMac: true,
            () => ReferenceEquals(macCheck.GetAwaiter().GetResult(), likely));
        Pkcs12Contents? speculative = null;
        ExceptionDispatchInfo? speculativeFailure = null;
        try
        {
            speculative = ReadParts(speculation, parts, limits);
        }
        catch (ExportException e)
        {
            speculativeFailure = ExceptionDispatchInfo.Capture(e);
        }
        catch (OperationCanceledException)
        {
            // Not returning while the MAC check still derives: it stops at its next stride.
            ((IAsyncResult)macCheck).AsyncWaitHandle.WaitOne();
            throw;
        }

        var verified = macCheck.GetAwaiter().GetResult() ?? throw ExportErrors.WrongPassword();
        if (!ReferenceEquals(verified, likely))
            return ReadParts(new OpenAttempt(passwords, new[] { verified }, meter, HasMac: true, () => true), parts, limits);
        speculativeFailure?.Throw();
        return speculative!;
    }

    /// <summary>
    /// One pass over the parts: the password, the legacy forms to try, the meter, whether the file has a MAC, and
    /// whether the MAC confirmed the password (asked only when a PBES2 part fails, since it may wait for the MAC check).
    /// </summary>
    private sealed record OpenAttempt(Pkcs12Password Passwords, IReadOnlyList<byte[]> LegacyPasswords, DerivationMeter Meter,
        bool HasMac, Func<bool> PasswordConfirmed);

    private static Pkcs12Contents ReadParts(OpenAttempt attempt, List<ContentPart> parts, Pkcs12Limits limits)
    {
        var collector = new SafeBagCollector(limits);
        foreach (var part in parts)
        {
            if (part.Scheme is null)
                collector.ReadSafeContents(part.Content);
            else
                DecryptInto(collector, part, attempt);
        }
        return collector.ToContents();
    }

    /// <summary>
    /// Refuses a file whose derivations could cost more than <see cref="Pkcs12Limits.MaxDerivationWork"/>, counting
    /// every password form Open may try, before the first of them runs.
    /// </summary>
    private static void CheckTotalCost(PasswordMac? mac, List<ContentPart> parts, Pkcs12Limits limits)
    {
        var total = mac is null ? 0 : mac.Cost * mac.PasswordForms;
        foreach (var part in parts)
            total += part.Scheme is { } scheme ? scheme.Cost * scheme.PasswordForms : 0;
        if (total > limits.MaxDerivationWork)
            throw ExportErrors.LimitExceeded(ErrorDetail.DerivationWork, total, limits.MaxDerivationWork);
    }

    private static void DecryptInto(SafeBagCollector collector, ContentPart part, OpenAttempt attempt)
    {
        if (part.Content.Length == 0)
            return;
        var scheme = part.Scheme!;
        var latin1 = scheme is Pbes2Scheme ? attempt.Passwords.Latin1 : null;
        // PBES2 uses the UTF-8 password; the legacy schemes may need to try the forms the MAC did not settle.
        var forms = scheme is Pbes2Scheme ? new[] { attempt.Passwords.Utf8 } : attempt.LegacyPasswords;
        foreach (var form in forms)
        {
            // Under a wrong key, one padding in 256 comes out right and the garbage behind it fails to parse: without
            // a MAC, or with a Latin-1 form still to try, that too means "not this form".
            if (TryDecryptInto(collector, part, form, attempt.Meter, garbageMeansWrongKey: !attempt.HasMac || latin1 != null))
                return;
        }
        // Old Java (JSafe) writers keyed PBES2 with the Latin-1 bytes; RFC 8018 leaves the encoding open. Tried once,
        // and only under a password the MAC confirmed: without a MAC, garbage that happens to parse could pass for it.
        if (latin1 != null && attempt.PasswordConfirmed()
            && TryDecryptInto(collector, part, latin1, attempt.Meter, garbageMeansWrongKey: false))
        {
            collector.PasswordWasReadAsLatin1();
            return;
        }
        throw attempt.HasMac
            ? ExportErrors.Corrupt(ErrorDetail.CertificatesUnderAnotherPassword.Format(scheme.Name))
            : ExportErrors.WrongPassword();
    }

    /// <summary>Decrypts the part under one password form and collects its bags; false when the form is not the key's.</summary>
    private static bool TryDecryptInto(SafeBagCollector collector, ContentPart part, byte[] password, DerivationMeter meter,
        bool garbageMeansWrongKey)
    {
        byte[] plain;
        try
        {
            plain = part.Scheme!.Decrypt(password, part.Content, meter);
        }
        catch (InvalidCipherTextException)
        {
            return false;
        }
        catch (DataLengthException)
        {
            throw ExportErrors.Corrupt(ErrorDetail.EncryptedContentLength);
        }

        try
        {
            collector.ReadSafeContents(plain);
            return true;
        }
        catch (ExportException e) when (garbageMeansWrongKey && e.Kind == ExportErrorKind.Corrupt)
        {
            return false;
        }
    }
}
