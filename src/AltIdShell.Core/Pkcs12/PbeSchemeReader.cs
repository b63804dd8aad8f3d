using System.Formats.Asn1;
using AltIdShell.Core.Errors;

namespace AltIdShell.Core.Pkcs12;

/// <summary>Reads an encryption AlgorithmIdentifier into a <see cref="PbeScheme"/>, checking its iteration count on the way.</summary>
internal static class PbeSchemeReader
{
    public static PbeScheme Read(AsnReader outer, Pkcs12Limits limits)
    {
        var algorithm = outer.ReadSequence();
        var oid = algorithm.ReadObjectIdentifier();

        if (oid == Oids.Pbes2)
            return ReadPbes2(algorithm.ReadSequence(), limits);

        // The algorithm first: an unknown one (AES-GCM, say) has parameters of another shape, and is unsupported, not corrupt.
        if (!LegacyPbeScheme.IsKnown(oid))
            throw ExportErrors.UnsupportedAlgorithm(Digests.Describe(oid));
        var parameters = algorithm.ReadSequence();
        var salt = parameters.ReadOctetString();
        var iterations = Asn1Values.ReadIterations(parameters, ErrorDetail.Iterations, limits.MaxKdfIterations);
        return LegacyPbeScheme.Create(oid, salt, iterations)!;
    }

    private static PbeScheme ReadPbes2(AsnReader parameters, Pkcs12Limits limits)
    {
        var kdf = parameters.ReadSequence();
        var kdfOid = kdf.ReadObjectIdentifier();
        if (kdfOid != Oids.Pbkdf2)
            throw ExportErrors.UnsupportedAlgorithm("PBES2 key derivation " + Digests.Describe(kdfOid));
        var pbkdf2 = kdf.ReadSequence();
        if (pbkdf2.PeekTag() != Asn1Tag.PrimitiveOctetString)
            throw ExportErrors.UnsupportedAlgorithm("PBKDF2 with a non-octet-string salt source");
        var salt = pbkdf2.ReadOctetString();
        var iterations = Asn1Values.ReadIterations(pbkdf2, ErrorDetail.Pbkdf2Iterations, limits.MaxKdfIterations);
        int? declaredKeyLength = null;
        if (pbkdf2.HasData && pbkdf2.PeekTag() == Asn1Tag.Integer)
            declaredKeyLength = Asn1Values.ReadSmallInt(pbkdf2, ErrorDetail.Pbkdf2KeyLength);
        var prfOid = Oids.HmacWithSha1;
        if (pbkdf2.HasData)
            prfOid = pbkdf2.ReadSequence().ReadObjectIdentifier();
        var prf = Digests.ForHmacOid(prfOid) ?? throw ExportErrors.UnsupportedAlgorithm("PBKDF2 " + Digests.Describe(prfOid));

        var encryption = parameters.ReadSequence();
        var cipherOid = encryption.ReadObjectIdentifier();
        var cipher = Pbes2Scheme.Cipher(cipherOid) ?? throw ExportErrors.UnsupportedAlgorithm("PBES2 " + Digests.Describe(cipherOid));
        var iv = encryption.ReadOctetString();
        if (iv.Length != cipher.Engine().GetBlockSize())
            throw ExportErrors.Corrupt(ErrorDetail.Pbes2IvLength);
        if (declaredKeyLength is int length && length != cipher.KeyBytes)
            throw ExportErrors.Corrupt(ErrorDetail.Pbkdf2KeyLength);

        return new Pbes2Scheme($"PBES2 (PBKDF2, {cipher.Name})", salt, iterations, prf, cipher.KeyBytes, cipher.Engine, iv);
    }
}
