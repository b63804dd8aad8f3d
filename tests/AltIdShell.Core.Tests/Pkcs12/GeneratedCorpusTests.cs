using System.Security.Cryptography;
using AltIdShell.Core.Errors;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Pkcs12;

/// <summary>
/// Every encryption and MAC combination real files use, written by .NET and by OpenSSL, checked against .NET's
/// Pkcs12Info: same leaf, same bytes, same accept/reject.
/// </summary>
public sealed class GeneratedCorpusTests
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);

    public static IEnumerable<object[]> DotNetLayouts()
    {
        var encryptions = new (string Name, PbeParameters? Pbe)[]
        {
            ("none", null),
            ("3DES", new PbeParameters(PbeEncryptionAlgorithm.TripleDes3KeyPkcs12, HashAlgorithmName.SHA1, 2000)),
            ("AES-128/SHA-1", new PbeParameters(PbeEncryptionAlgorithm.Aes128Cbc, HashAlgorithmName.SHA1, 2048)),
            ("AES-192/SHA-256", new PbeParameters(PbeEncryptionAlgorithm.Aes192Cbc, HashAlgorithmName.SHA256, 2048)),
            ("AES-256/SHA-256", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 2048)),
            ("AES-256/SHA-512", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA512, 1000)),
        };
        var macs = new (string Name, HashAlgorithmName? Hash)[]
        {
            ("no MAC", null), ("SHA-1", HashAlgorithmName.SHA1), ("SHA-256", HashAlgorithmName.SHA256),
            ("SHA-384", HashAlgorithmName.SHA384), ("SHA-512", HashAlgorithmName.SHA512),
        };
        var orders = new[] { new[] { 0, 1, 2 }, new[] { 2, 1, 0 }, new[] { 1, 0, 2 } };
        var i = 0;
        foreach (var encryption in encryptions)
            foreach (var mac in macs)
            {
                // Without a MAC or encryption a wrong password cannot be noticed; that pair is tested on its own.
                if (encryption.Pbe is null && mac.Hash is null)
                    continue;
                var order = orders[i++ % orders.Length];
                yield return new object[] { $"{encryption.Name}, {mac.Name}, order {string.Join("", order)}",
                new Pkcs12Layout { CertificateEncryption = encryption.Pbe, MacHash = mac.Hash, Order = order } };
            }
    }

    [Theory]
    [MemberData(nameof(DotNetLayouts))]
    public void Files_written_by_dotnet_give_the_leaf_dotnet_gives(string name, Pkcs12Layout layout)
    {
        foreach (var password in new[] { "Test1234", "Kødpålæg" })
        {
            var pfx = Pkcs12Factory.Build(Chain, password, layout);

            var expected = DotNetPkcs12Reference.ExportLeaf(pfx, password);

            Assert.True(expected != null, name);
            Assert.Equal(expected, Engine.ExportLeaf(pfx, password));
            Assert.Equal(Chain.Leaf.RawData, expected);
            Assert.Null(DotNetPkcs12Reference.ExportLeaf(pfx, password + "!"));
            Assert.Equal(ExportErrorKind.WrongPassword, Engine.Refusal(pfx, password + "!").Kind);
        }
    }

    /// <summary>OpenSSL's layouts, and whether .NET's Pkcs12Info reads them too (it has no RC4).</summary>
    public static TheoryData<string, string[], bool> OpenSslLayouts() => new()
    {
        { "RC2-40 certs, 3DES key, SHA-1 MAC (MitID Erhverv style)", new[] { "-certpbe", "PBE-SHA1-RC2-40", "-keypbe", "PBE-SHA1-3DES", "-macalg", "sha1", "-iter", "2048" }, true },
        { "RC2-128 certs", new[] { "-certpbe", "PBE-SHA1-RC2-128", "-keypbe", "PBE-SHA1-3DES", "-macalg", "sha1" }, true },
        { "RC4-128 certs", new[] { "-certpbe", "PBE-SHA1-RC4-128", "-keypbe", "PBE-SHA1-3DES", "-macalg", "sha1" }, false },
        { "2-key 3DES certs", new[] { "-certpbe", "PBE-SHA1-2DES", "-keypbe", "PBE-SHA1-3DES" }, true },
        { "3DES certs and key", new[] { "-certpbe", "PBE-SHA1-3DES", "-keypbe", "PBE-SHA1-3DES", "-macalg", "sha1" }, true },
        { "OpenSSL 3 default (PBES2 AES-256, SHA-256 MAC)", Array.Empty<string>(), true },
        { "PBES2 AES-128", new[] { "-certpbe", "AES-128-CBC", "-keypbe", "AES-128-CBC" }, true },
        { "certificates not encrypted", new[] { "-certpbe", "NONE" }, true },
        { "no MAC", new[] { "-nomac", "-certpbe", "AES-256-CBC" }, true },
        { "SHA-512 MAC", new[] { "-macalg", "sha512" }, true },
    };

    [Theory]
    [MemberData(nameof(OpenSslLayouts))]
    public void Files_written_by_OpenSSL_give_the_leaf_dotnet_gives_and_refuse_a_wrong_password(string name, string[] options, bool dotnetReads)
    {
        foreach (var password in new[] { "Test1234", "Kødpålæg Æble Øl Å" })
        {
            var pfx = OpenSsl.ExportPkcs12(Chain, password, options);

            Assert.True(Chain.Leaf.RawData.SequenceEqual(Engine.ExportLeaf(pfx, password)), name);
            Assert.Equal(dotnetReads ? Chain.Leaf.RawData : null, DotNetPkcs12Reference.ExportLeaf(pfx, password));
            Assert.Equal(ExportErrorKind.WrongPassword, Engine.Refusal(pfx, "wrong").Kind);
            Assert.Null(DotNetPkcs12Reference.ExportLeaf(pfx, "wrong"));
        }
    }
}
