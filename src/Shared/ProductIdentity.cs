using System;

namespace AltIdShell.Shared;

/// <summary>
/// Names and ids that the handler, the tray, the installer and Windows must all agree on.
/// Changing one of these after a release breaks upgrades: treat them as fixed.
/// </summary>
internal static class ProductIdentity
{
    /// <summary>CLSID of the Explorer context-menu handler (AltIdShell.ContextMenu).</summary>
    public static readonly Guid ContextMenuClsid = new(ContextMenuClsidText);

    /// <summary>The same CLSID as a constant, for the handler's [Guid] attribute (this file is compiled into the handler).</summary>
    public const string ContextMenuClsidText = "6A0F3C1E-5B7D-4C8A-9E21-3D4B5A6C7E8F";

    /// <summary>
    /// CLSID of the Windows 11 top-level verb (IExplorerCommand), served out of process by AltIdShell.Tray.exe and named
    /// by the sparse package's manifest.
    /// </summary>
    public const string ExplorerCommandClsidText = "8352408B-60ED-4DC4-857F-10FB2A953E7F";

    public static readonly Guid ExplorerCommandClsid = new(ExplorerCommandClsidText);

    /// <summary>HKCU key of the tray's per-user records (the Windows 11 package it registered: PackageRegistrationRecord).</summary>
    public const string SettingsKey = @"Software\AltIdShell";

    /// <summary>AppUserModelID under which the tray's notifications appear.</summary>
    public const string AppUserModelId = "AltIdShell.Tray";

    /// <summary>URL scheme of notification buttons: altidshell:…, handled by AltIdShell.Tray.exe.</summary>
    public const string UriScheme = "altidshell";

    /// <summary>
    /// Value under the handler's CLSID key naming the installed AltIdShell.Tray.exe. A running Explorer keeps the handler
    /// it loaded from an older version's folder (its identity never changes), so the handler starts the tray this value
    /// names rather than the one beside itself; the installer also finds the running install's tray by it.
    /// </summary>
    public const string TrayPathValueName = "TrayPath";

    /// <summary>
    /// The installed handler DLL's folder is handler\&lt;version&gt; inside the install folder, which holds the tray: the
    /// handler finds the tray by it when the registry cannot say, and the installer lays the files out by it.
    /// </summary>
    public const string HandlersFolderName = "handler";

    /// <summary>Value name under HKCU\…\CurrentVersion\Run for "Start with Windows".</summary>
    public const string RunValueName = "AltIdShell";

    /// <summary>Folder name under %LOCALAPPDATA% for per-user state (the recent-exports list).</summary>
    public const string LocalAppDataFolder = "AltIdShell";

    /// <summary>File names the handler and installer rely on.</summary>
    public const string TrayExecutableName = "AltIdShell.Tray.exe";
    public const string ContextMenuAssemblyName = "AltIdShell.ContextMenu";

    /// <summary>File extensions that get the export item (a key file, which holds the certificate).</summary>
    public static readonly string[] CertificateExtensions = { ".p12", ".pfx" };

    /// <summary>File extensions that get the check item: certificates without a key, as Windows and MitID Erhverv save them.</summary>
    public static readonly string[] CheckExtensions = { ".cer", ".crt", ".p7b" };
}
