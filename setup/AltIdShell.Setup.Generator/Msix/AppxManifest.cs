using System.Xml.Linq;
using AltIdShell.Desktop.Registration;
using AltIdShell.Shared;

namespace AltIdShell.Setup.Generator.Msix;

/// <summary>
/// AppxManifest.xml of the sparse package, from Desktop's identity data: a package with an external location (the
/// install folder) whose only application is the tray, with the Windows 11 verb for .p12/.pfx and the tray as the
/// out-of-process COM server of the verb's class.
/// </summary>
internal static class AppxManifest
{
    public static readonly XNamespace Foundation = "http://schemas.microsoft.com/appx/manifest/foundation/windows10";
    public static readonly XNamespace Uap = "http://schemas.microsoft.com/appx/manifest/uap/windows10";
    public static readonly XNamespace Uap10 = "http://schemas.microsoft.com/appx/manifest/uap/windows10/10";
    public static readonly XNamespace Rescap = "http://schemas.microsoft.com/appx/manifest/foundation/windows10/restrictedcapabilities";
    public static readonly XNamespace Desktop4 = "http://schemas.microsoft.com/appx/manifest/desktop/windows10/4";
    public static readonly XNamespace Desktop5 = "http://schemas.microsoft.com/appx/manifest/desktop/windows10/5";
    public static readonly XNamespace Com = "http://schemas.microsoft.com/appx/manifest/com/windows10";

    public const string FileName = "AppxManifest.xml";

    /// <summary>The logos the manifest names, as files in setup/assets/msix and parts under Assets/ in the package.</summary>
    public static readonly string[] Logos = { "StoreLogo.png", "Square150x150Logo.png", "Square44x44Logo.png" };

    public static XDocument Build(string productVersion)
    {
        var clsid = SparsePackageIdentity.ClsidText;
        var verbs = ProductIdentity.CertificateExtensions.Select(extension =>
            new XElement(Desktop5 + "ItemType", new XAttribute("Type", extension),
                new XElement(Desktop5 + "Verb", new XAttribute("Id", SparsePackageIdentity.VerbId), new XAttribute("Clsid", clsid))));

        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Foundation + "Package",
                Prefix("uap", Uap), Prefix("uap10", Uap10), Prefix("rescap", Rescap), Prefix("desktop4", Desktop4),
                Prefix("desktop5", Desktop5), Prefix("com", Com),
                new XAttribute("IgnorableNamespaces", "uap uap10 rescap desktop4 desktop5 com"),
                new XElement(Foundation + "Identity",
                    new XAttribute("Name", SparsePackageIdentity.Name),
                    new XAttribute("Publisher", SparsePackageIdentity.Publisher),
                    new XAttribute("Version", SparsePackageIdentity.PackageVersion(productVersion)),
                    new XAttribute("ProcessorArchitecture", "neutral")),
                new XElement(Foundation + "Properties",
                    new XElement(Foundation + "DisplayName", SparsePackageIdentity.DisplayName),
                    new XElement(Foundation + "PublisherDisplayName", SparsePackageIdentity.PublisherDisplayName),
                    new XElement(Foundation + "Logo", Asset("StoreLogo.png")),
                    // A sparse package: the executables stay in the install folder, its external location.
                    new XElement(Uap10 + "AllowExternalContent", "true")),
                new XElement(Foundation + "Resources",
                    new XElement(Foundation + "Resource", new XAttribute("Language", "en-us")),
                    new XElement(Foundation + "Resource", new XAttribute("Language", "da-dk"))),
                new XElement(Foundation + "Dependencies",
                    new XElement(Foundation + "TargetDeviceFamily", new XAttribute("Name", "Windows.Desktop"),
                        new XAttribute("MinVersion", SparsePackageIdentity.MinWindowsVersion),
                        new XAttribute("MaxVersionTested", SparsePackageIdentity.MaxWindowsVersionTested))),
                new XElement(Foundation + "Capabilities",
                    new XElement(Rescap + "Capability", new XAttribute("Name", "runFullTrust")),
                    new XElement(Rescap + "Capability", new XAttribute("Name", "unvirtualizedResources"))),
                new XElement(Foundation + "Applications",
                    new XElement(Foundation + "Application",
                        new XAttribute("Id", SparsePackageIdentity.ApplicationId),
                        new XAttribute("Executable", ProductIdentity.TrayExecutableName),
                        new XAttribute(Uap10 + "TrustLevel", "mediumIL"),
                        new XAttribute(Uap10 + "RuntimeBehavior", "win32App"),
                        new XElement(Uap + "VisualElements",
                            // The tray has its own Start-menu shortcut from the MSI: the package adds no second one.
                            new XAttribute("AppListEntry", "none"),
                            new XAttribute("DisplayName", SparsePackageIdentity.DisplayName),
                            new XAttribute("Description", SparsePackageIdentity.Description),
                            new XAttribute("BackgroundColor", "transparent"),
                            new XAttribute("Square150x150Logo", Asset("Square150x150Logo.png")),
                            new XAttribute("Square44x44Logo", Asset("Square44x44Logo.png"))),
                        new XElement(Foundation + "Extensions",
                            new XElement(Desktop4 + "Extension", new XAttribute("Category", "windows.fileExplorerContextMenus"),
                                new XElement(Desktop4 + "FileExplorerContextMenus", verbs)),
                            new XElement(Com + "Extension", new XAttribute("Category", "windows.comServer"),
                                new XElement(Com + "ComServer",
                                    new XElement(Com + "ExeServer",
                                        new XAttribute("Executable", ProductIdentity.TrayExecutableName),
                                        // No Arguments: COM appends its own -Embedding to a local server's command line (as
                                        // pymanager's and Windows Terminal's servers rely on), and the tray finds it anywhere.
                                        new XAttribute("DisplayName", SparsePackageIdentity.ComServerDisplayName),
                                        new XElement(Com + "Class", new XAttribute("Id", clsid),
                                            new XAttribute("DisplayName", SparsePackageIdentity.ComServerDisplayName))))))))));
    }

    /// <summary>A part name under Assets/ as the manifest writes it.</summary>
    public static string Asset(string logo) => @"Assets\" + logo;

    private static XAttribute Prefix(string prefix, XNamespace ns) => new(XNamespace.Xmlns + prefix, ns.NamespaceName);
}
