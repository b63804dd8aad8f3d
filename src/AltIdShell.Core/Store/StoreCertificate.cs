using AltIdShell.Core.Certificates;

namespace AltIdShell.Core.Store;

/// <summary>A certificate found in a store, described as a file's would be.</summary>
public sealed record StoreCertificate(CertificateStoreLocation Location, byte[] Der, CertificateSummary Summary)
{
    /// <summary>"CurrentUser\My": how Windows' tools name the store.</summary>
    public string StoreName => Location + @"\My";
}
