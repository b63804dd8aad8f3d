using AltIdShell.Core.Store;

namespace AltIdShell.Core.Tests.Store;

/// <summary>A store filled by the test: hands over exactly these entries, and counts how often it was read.</summary>
internal sealed class ListSource : ICertificateStoreSource
{
    private readonly StoreContents _contents;

    public ListSource(params StoreEntry[] entries) : this(new StoreContents(entries, Array.Empty<CertificateStoreLocation>()))
    {
    }

    public ListSource(StoreContents contents) => _contents = contents;

    public int Reads { get; private set; }

    public StoreContents Read()
    {
        Reads++;
        return _contents;
    }
}
