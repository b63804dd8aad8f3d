using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace AltIdShell.TestSupport;

/// <summary>Runs the openssl command line, the reference tool users would otherwise reach for.</summary>
public static class OpenSsl
{
    /// <summary>Runs openssl; passwords go through environment variables (env:NAME), never the command line.</summary>
    public static byte[] Run(IEnumerable<string> arguments, byte[]? input = null, IDictionary<string, string>? environment = null) =>
        ExternalTool.Run("openssl", arguments, input, environment);

    /// <summary>
    /// OpenSSL's PKCS#12 key derivation (`openssl kdf PKCS12KDF`, the code behind `openssl pkcs12`): <paramref name="length"/>
    /// bytes of material <paramref name="id"/> (1 key, 2 IV, 3 MAC key) from the password's bytes as given.
    /// </summary>
    public static byte[] Pkcs12Kdf(string digest, int id, byte[] password, byte[] salt, int iterations, int length)
    {
        var hex = Encoding.ASCII.GetString(Run(new[]
        {
            "kdf", "-keylen", length.ToString(CultureInfo.InvariantCulture), "-kdfopt", "digest:" + digest,
            "-kdfopt", "hexpass:" + Convert.ToHexString(password), "-kdfopt", "hexsalt:" + Convert.ToHexString(salt),
            "-kdfopt", "iter:" + iterations.ToString(CultureInfo.InvariantCulture),
            "-kdfopt", "id:" + id.ToString(CultureInfo.InvariantCulture), "PKCS12KDF",
        }));
        return Convert.FromHexString(hex.Trim().Replace(":", string.Empty));
    }

    /// <summary>The reference .cer: `openssl pkcs12 -legacy -clcerts -nokeys | openssl x509 -outform DER`.</summary>
    public static byte[] ReferenceCer(string p12Path, string password)
    {
        var env = new Dictionary<string, string> { ["ALTID_TEST_PW"] = password };
        var pem = Run(new[] { "pkcs12", "-legacy", "-in", p12Path, "-passin", "env:ALTID_TEST_PW", "-clcerts", "-nokeys" }, environment: env);
        return Run(new[] { "x509", "-outform", "DER" }, pem);
    }

    /// <summary>Writes a .p12 with `openssl pkcs12 -export`, adding e.g. -certpbe/-keypbe/-macalg/-iter/-nomac.</summary>
    public static byte[] ExportPkcs12(CertificateFactory.Chain chain, string password, params string[] options)
    {
        var directory = Directory.CreateTempSubdirectory("altid-openssl-");
        try
        {
            var leaf = Path.Combine(directory.FullName, "leaf.pem");
            var key = Path.Combine(directory.FullName, "key.pem");
            var cas = Path.Combine(directory.FullName, "cas.pem");
            File.WriteAllText(leaf, chain.Leaf.ExportCertificatePem());
            File.WriteAllText(key, chain.Leaf.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
            File.WriteAllText(cas, chain.Issuer.ExportCertificatePem() + "\n" + chain.Root.ExportCertificatePem());
            var arguments = new List<string> { "pkcs12", "-export", "-in", leaf, "-inkey", key, "-certfile", cas, "-passout", "env:ALTID_TEST_PW" };
            if (options.Any(o => o.Contains("RC2") || o.Contains("RC4") || o == "-legacy"))
                arguments.Insert(1, "-legacy");
            arguments.AddRange(options.Where(o => o != "-legacy"));
            return Run(arguments, environment: new Dictionary<string, string> { ["ALTID_TEST_PW"] = password });
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
