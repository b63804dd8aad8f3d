namespace AltIdShell.Core.Store;

/// <summary>
/// One certificate as a store hands it over: where it was and its DER bytes. Nothing else crosses the seam, so nothing
/// downstream can reach for a private key that the store may hold beside it.
/// </summary>
public sealed record StoreEntry(CertificateStoreLocation Location, byte[] RawData);
