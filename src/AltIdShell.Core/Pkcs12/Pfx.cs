using System;
using System.Formats.Asn1;
using AltIdShell.Core.Errors;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// The PFX (RFC 7292 section 4): version 3, the AuthenticatedSafe as data, the optional MacData, and nothing after
/// it in the file but zero bytes. Read before anything inside the AuthenticatedSafe, so a file that is no PFX is told
/// apart first.
/// </summary>
internal sealed class Pfx
{
    private Pfx(byte[] authenticatedSafe, PasswordMac? mac)
    {
        AuthenticatedSafe = authenticatedSafe;
        Mac = mac;
    }

    /// <summary>The encoded AuthenticatedSafe, as the MAC covers it.</summary>
    public byte[] AuthenticatedSafe { get; }

    /// <summary>Null for a file without a MAC.</summary>
    public PasswordMac? Mac { get; }

    public static Pfx Read(ReadOnlyMemory<byte> file, Pkcs12Limits limits) =>
        Asn1Structure.Read(ErrorDetail.Pfx, () =>
        {
            var outer = new AsnReader(WithoutZeroPadding(file), AsnEncodingRules.BER);
            var pfx = outer.ReadSequence();
            // A .p7b or CMS file is a SEQUENCE too, but starts with an OID: not a damaged PFX, another kind of file.
            if (pfx.PeekTag() != Asn1Tag.Integer)
                throw ExportErrors.NotPkcs12(FileReasonText.NotAPkcs12Structure);
            if (!pfx.TryReadInt32(out var version) || version != 3)
                throw ExportErrors.NotPkcs12(FileReasonText.UnknownPfxVersion);
            var authenticatedSafe = ContentInfoReader.Read(pfx, (type, content) => type == Oids.Data
                ? ContentInfoReader.ReadData(content)
                // signedData (public-key integrity mode) is valid PKCS#12, just not one this reader handles.
                : throw ExportErrors.UnsupportedAlgorithm(Digests.Describe(type)));
            var mac = pfx.HasData ? MacData.Read(pfx, limits) : null;
            pfx.ThrowIfNotEmpty();
            outer.ThrowIfNotEmpty();
            return new Pfx(authenticatedSafe, mac);
        });

    /// <summary>
    /// The file up to the end of its first element when only zero bytes follow it: several of .NET's own test files
    /// and some Windows tools pad a PFX with zeros to a round size, and OpenSSL, .NET and pyca/cryptography read them.
    /// Any other data after the PFX is left in place, for <see cref="AsnReader.ThrowIfNotEmpty"/> to call damage.
    /// </summary>
    private static ReadOnlyMemory<byte> WithoutZeroPadding(ReadOnlyMemory<byte> file)
    {
        AsnDecoder.ReadEncodedValue(file.Span, AsnEncodingRules.BER, out _, out _, out var length);
        foreach (var b in file.Span.Slice(length))
        {
            if (b != 0)
                return file;
        }
        return file.Slice(0, length);
    }
}
