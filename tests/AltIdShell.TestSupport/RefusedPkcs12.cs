using AltIdShell.Core.Errors;

namespace AltIdShell.TestSupport;

/// <summary>A .p12 for each way the engine refuses one by its content, so a test can walk every refusal with one password in play.</summary>
public static class RefusedPkcs12
{
    /// <summary>
    /// The file the engine refuses with <paramref name="kind"/> when it is opened with <paramref name="password"/>;
    /// for a kind that does not come from the content (output exists, access denied, …) a good file sealed with it.
    /// </summary>
    public static byte[] For(ExportErrorKind kind, CertificateFactory.Chain chain, string password)
    {
        var good = Pkcs12Factory.Build(chain, password);
        return kind switch
        {
            ExportErrorKind.WrongPassword => Pkcs12Factory.Build(chain, password + " but another"),
            ExportErrorKind.NotPkcs12 => System.Text.Encoding.UTF8.GetBytes("ikke en certifikatfil\n"),
            ExportErrorKind.Corrupt => good[..(good.Length / 2)],
            ExportErrorKind.UnsupportedAlgorithm => Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.EncryptedContentInfo("1.2.840.113549.1.5.3", 2048, new byte[16]) }),
            ExportErrorKind.LimitExceeded => Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.SafeContents()) }, Pkcs12Crafter.MacData(Pkcs12Crafter.Sha1, 1L << 31)),
            ExportErrorKind.NoCertificate => Pkcs12Crafter.Pfx(Array.Empty<byte[]>()),
            ExportErrorKind.OnlyCaCertificates => Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.CertificateSafeContents((chain.Issuer.RawData, null))) }),
            ExportErrorKind.SeveralCertificates => Pkcs12Factory.Build(new[] { chain.Leaf, CertificateFactory.Oces3System(TestClock.Now, name: "Andet").Leaf }, null, password, new Pkcs12Layout { WithKey = false }),
            _ => good,
        };
    }
}
