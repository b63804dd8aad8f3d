namespace AltIdShell.Core.Certificates;

/// <summary>What kind of certificate file it is, whatever its name says.</summary>
public enum CertificateContainerKind
{
    /// <summary>One or more X.509 certificates as such: a DER .cer/.crt, PEM blocks, or bare Base64.</summary>
    Certificate,
    /// <summary>A PKCS#7 certificate bundle (.p7b, .p7c), DER or PEM, as the Windows export wizard offers it.</summary>
    Pkcs7Bundle,
}
