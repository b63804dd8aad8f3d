using System;
using AltIdShell.Shared;

namespace AltIdShell.Desktop.Registration;

/// <summary>
/// The Windows 11 sparse package (AltIdShell.msix) that gives the tray a package identity and declares the top-level
/// verb: the one source of its identity, which the packer writes into AppxManifest.xml and which the tray's
/// app.manifest (its &lt;msix&gt; element) must repeat; a test holds the three together.
/// </summary>
public static class SparsePackageIdentity
{
    public const string FileName = "AltIdShell.msix";
    public const string Name = "AltIdShell";
    /// <summary>Must equal the Subject of the certificate that signs the package, or Windows refuses to register it.</summary>
    public const string Publisher = "CN=AltIdShell";
    public const string PublisherDisplayName = "AltIdShell";
    public const string DisplayName = "AltIdShell";
    public const string ApplicationId = "AltIdShell";
    public static string Description => MenuText.LabelInBothLanguages;
    /// <summary>The verb's language-neutral id in the manifest (the classic handler's verb name is the same idea).</summary>
    public const string VerbId = "AltIdShellExportPublicKey";
    public const string ComServerDisplayName = "AltIdShell top-level menu verb";
    /// <summary>Windows 10 2004: the first to accept packages with an external location.</summary>
    public const string MinWindowsVersion = "10.0.19041.0";
    public const string MaxWindowsVersionTested = "10.0.26100.0";

    public static string ClsidText => ProductIdentity.ExplorerCommandClsid.ToString("D").ToUpperInvariant();

    /// <summary>A package version has four parts; the product's 0.1.0 becomes 0.1.0.0.</summary>
    public static string PackageVersion(string productVersion)
    {
        var version = Version.Parse(productVersion);
        return new Version(version.Major, version.Minor, Math.Max(version.Build, 0), Math.Max(version.Revision, 0)).ToString();
    }
}
