namespace AltIdShell.Core.Store;

/// <summary>The one-word answer a store listing gives per certificate, matching the verdict's three outcomes.</summary>
public enum StoreCertificateLabel
{
    Suitable,
    TestOnly,
    Unsuitable,
}
