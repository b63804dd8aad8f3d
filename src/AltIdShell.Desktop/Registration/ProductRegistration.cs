using System.Collections.Generic;
using System.Linq;
using AltIdShell.Desktop.Autostart;
using AltIdShell.Shared;

namespace AltIdShell.Desktop.Registration;

/// <summary>
/// Every registry value AltIdShell writes, for one install scope and location: the one definition that the installer
/// is generated from and the development registration script applies.
/// </summary>
public static class ProductRegistration
{
    public const string ClassesKey = @"Software\Classes";
    public const string HandlerKeyName = "AltIdShell";
    public const string DisplayName = "AltIdShell";
    public const string IconFileName = "AltIdShell.png";

    public static string ClsidText => ProductIdentity.ContextMenuClsid.ToString("B").ToUpperInvariant();
    public static string ClsidKey => $@"{ClassesKey}\CLSID\{ClsidText}";
    public static string InprocServerKey => ClsidKey + @"\InprocServer32";
    public static string HandlerKey(string extension) => $@"{ClassesKey}\SystemFileAssociations\{extension}\shellex\ContextMenuHandlers\{HandlerKeyName}";
    public static string AppUserModelIdKey => $@"{ClassesKey}\AppUserModelId\{ProductIdentity.AppUserModelId}";
    public static string UrlProtocolKey => $@"{ClassesKey}\{ProductIdentity.UriScheme}";

    /// <summary>Every extension whose menu the handler joins: the export's key files and the check's certificates.</summary>
    public static IReadOnlyList<string> HandlerExtensions => ProductIdentity.CertificateExtensions.Concat(ProductIdentity.CheckExtensions).ToArray();

    public static RegistryRoot RootFor(InstallScope scope) =>
        scope == InstallScope.PerUser ? RegistryRoot.CurrentUser : RegistryRoot.LocalMachine;

    public static IReadOnlyList<RegistryEntry> Entries(InstallScope scope, IInstallLocation location)
    {
        var root = RootFor(scope);
        var tray = location.PathOf(ProductIdentity.TrayExecutableName);
        var entries = new List<RegistryEntry>();

        void Add(RegistrationPart part, string key, string? name, string value) => entries.Add(new RegistryEntry(part, root, key, name, value));

        const RegistrationPart handler = RegistrationPart.ContextMenuHandler;
        Add(handler, ClsidKey, null, ContextMenuHandlerIdentity.DisplayName);
        Add(handler, ClsidKey, ProductIdentity.TrayPathValueName, tray);
        Add(handler, InprocServerKey, null, "mscoree.dll");
        Add(handler, InprocServerKey, "ThreadingModel", "Apartment");
        Add(handler, InprocServerKey, "Class", ContextMenuHandlerIdentity.ClassName);
        Add(handler, InprocServerKey, "Assembly", ContextMenuHandlerIdentity.AssemblyFullName);
        Add(handler, InprocServerKey, "RuntimeVersion", ContextMenuHandlerIdentity.RuntimeVersion);
        Add(handler, InprocServerKey, "CodeBase", location.CodeBaseOf(ContextMenuHandlerIdentity.FileName));
        foreach (var extension in HandlerExtensions)
            Add(handler, HandlerKey(extension), null, ClsidText);

        Add(RegistrationPart.NotificationIdentity, AppUserModelIdKey, "DisplayName", DisplayName);
        Add(RegistrationPart.NotificationIdentity, AppUserModelIdKey, "IconUri", location.PathOf(IconFileName));

        Add(RegistrationPart.UrlProtocol, UrlProtocolKey, null, "URL:" + DisplayName);
        Add(RegistrationPart.UrlProtocol, UrlProtocolKey, "URL Protocol", "");
        Add(RegistrationPart.UrlProtocol, UrlProtocolKey + @"\shell\open\command", null, $"\"{tray}\" \"%1\"");

        Add(RegistrationPart.Autostart, AutostartEntry.RunKey, ProductIdentity.RunValueName, AutostartEntry.CommandFor(tray));
        return entries;
    }

    /// <summary>
    /// Keys that belong to AltIdShell alone, deleted whole on unregistering. Every other entry (the Run value) lives in
    /// a key shared with other programs, where only our value goes.
    /// </summary>
    public static IReadOnlyList<string> OwnedKeys()
    {
        var keys = new List<string> { ClsidKey };
        foreach (var extension in HandlerExtensions)
            keys.Add(HandlerKey(extension));
        keys.Add(AppUserModelIdKey);
        keys.Add(UrlProtocolKey);
        return keys;
    }
}
