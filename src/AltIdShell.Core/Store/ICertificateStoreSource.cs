namespace AltIdShell.Core.Store;

/// <summary>The personal certificate stores, as raw certificates: <see cref="X509StoreSource"/> in the product, a list in tests.</summary>
public interface ICertificateStoreSource
{
    StoreContents Read();
}
