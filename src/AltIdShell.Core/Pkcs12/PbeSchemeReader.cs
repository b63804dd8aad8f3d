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
        var iterations = Asn1Values.ReadIterations(parameters, ErrorDetail.Iterations, limits.MaxIterations);
        return LegacyPbeScheme.Create(oid, salt, iterations)!;
    }

    private static PbeScheme ReadPbes2(AsnReader parameters, Pkcs12Limits limits)
    {
        var kdf = Pbkdf2Parameters.Read(parameters, "PBES2", limits);

        var encryption = parameters.ReadSequence();
        var cipherOid = encryption.ReadObjectIdentifier();
        var cipher = Pbes2Scheme.Cipher(cipherOid) ?? throw ExportErrors.UnsupportedAlgorithm("PBES2 " + Digests.Describe(cipherOid));
        var iv = encryption.ReadOctetString();
        if (iv.Length != cipher.Engine().GetBlockSize())
            throw ExportErrors.Corrupt(ErrorDetail.Pbes2IvLength);
        if (kdf.KeyLength is int length && length != cipher.KeyBytes)
            throw ExportErrors.Corrupt(ErrorDetail.Pbkdf2KeyLength);

        return new Pbes2Scheme($"PBES2 (PBKDF2, {cipher.Name})", kdf, cipher.KeyBytes, cipher.Engine, iv);
    }
}
