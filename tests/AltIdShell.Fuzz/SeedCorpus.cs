using System.Security.Cryptography;
using System.Text;
using AltIdShell.TestSupport;

namespace AltIdShell.Fuzz;

/// <summary>
/// Small, fast starting points for the fuzzer, generated on the spot: every layout the engine reads (plain,
/// legacy, PBES2, with and without MAC, DER and BER), the odd shapes a crafter makes, and the wrong files people
/// pick. One KDF iteration each, so the fuzzer spends its time on parsing rather than hashing.
/// </summary>
internal static class SeedCorpus
{
    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, content) in Seeds())
            File.WriteAllBytes(Path.Combine(directory, name), content);
    }

    private static IEnumerable<(string Name, byte[] Content)> Seeds()
    {
        var chain = CertificateFactory.Oces3System(TestClock.Now);
        var password = FuzzTarget.Password;
        var fast = (PbeEncryptionAlgorithm algorithm, HashAlgorithmName hash) => new PbeParameters(algorithm, hash, 1);
        var aes = fast(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256);
        var tripleDes = fast(PbeEncryptionAlgorithm.TripleDes3KeyPkcs12, HashAlgorithmName.SHA1);
        var layouts = new (string Name, Pkcs12Layout Layout)[]
        {
            ("plain-nomac", new() { CertificateEncryption = null, KeyEncryption = aes, MacHash = null }),
            ("plain-sha1mac", new() { CertificateEncryption = null, KeyEncryption = tripleDes, MacHash = HashAlgorithmName.SHA1, MacIterations = 1 }),
            ("3des-nomac", new() { CertificateEncryption = tripleDes, KeyEncryption = tripleDes, MacHash = null }),
            ("aes256-sha256mac", new() { CertificateEncryption = aes, KeyEncryption = aes, MacHash = HashAlgorithmName.SHA256, MacIterations = 1 }),
            ("aes128-nomac", new() { CertificateEncryption = fast(PbeEncryptionAlgorithm.Aes128Cbc, HashAlgorithmName.SHA1), KeyEncryption = aes, MacHash = null }),
            ("plain-nokeyids-ca-first", new() { CertificateEncryption = null, KeyEncryption = aes, MacHash = null, WithLocalKeyIds = false, Order = new[] { 2, 1, 0 } }),
            ("plain-nokey", new() { CertificateEncryption = null, MacHash = null, WithKey = false }),
        };
        foreach (var (name, layout) in layouts)
        {
            var pfx = Pkcs12Factory.Build(chain, password, layout);
            yield return (name + ".p12", pfx);
            yield return (name + "-ber.p12", BerEncoding.ToIndefiniteLengths(pfx));
        }

        var openSsl = new (string Name, string[] Options)[]
        {
            ("openssl-rc2-40", new[] { "-certpbe", "PBE-SHA1-RC2-40", "-keypbe", "PBE-SHA1-3DES", "-macalg", "sha1", "-iter", "1" }),
            ("openssl-rc4-nomac", new[] { "-certpbe", "PBE-SHA1-RC4-128", "-keypbe", "PBE-SHA1-3DES", "-nomac", "-iter", "1" }),
            ("openssl-pbes2-nomac", new[] { "-certpbe", "AES-128-CBC", "-keypbe", "AES-128-CBC", "-nomac", "-iter", "1" }),
        };
        foreach (var (name, options) in openSsl)
            yield return (name + ".p12", OpenSsl.ExportPkcs12(chain, password, options));

        var leaf = (chain.Leaf.RawData, (byte[]?)null);
        var issuer = (chain.Issuer.RawData, (byte[]?)null);
        yield return ("crafted-two-parts.p12", Pkcs12Crafter.Pfx(new[]
        {
            Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.CertificateSafeContents(leaf)),
            Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.CertificateSafeContents(issuer)),
        }));
        yield return ("crafted-only-ca.p12", Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.CertificateSafeContents(issuer)) }));
        yield return ("crafted-empty.p12", Pkcs12Crafter.Pfx(Array.Empty<byte[]>()));
        yield return ("leaf.cer", chain.Leaf.RawData);
        yield return ("leaf-pem.cer", Encoding.ASCII.GetBytes(chain.Leaf.ExportCertificatePem() + chain.Issuer.ExportCertificatePem()));
    }
}
