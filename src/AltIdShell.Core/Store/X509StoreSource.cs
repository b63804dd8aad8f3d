using System;
using System.Collections.Generic;
using System.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AltIdShell.Core.Store;

/// <summary>
/// The "My" stores through .NET's X509Store (Windows' certificate store; on Linux .NET's own directory store). It takes
/// each certificate's RawData and nothing else: no private-key, export or key-presence member is ever called, which
/// StoreAdapterKeyAccessTests checks in this type's IL. A store it may not open is reported, not fatal.
/// </summary>
public sealed class X509StoreSource : ICertificateStoreSource
{
    private readonly IReadOnlyList<CertificateStoreLocation> _locations;

    public X509StoreSource(params CertificateStoreLocation[] locations) => _locations = locations;

    /// <summary>The user's store, and the machine's where this user may read it.</summary>
    public static X509StoreSource PersonalStores { get; } =
        new(CertificateStoreLocation.CurrentUser, CertificateStoreLocation.LocalMachine);

    public StoreContents Read()
    {
        var entries = new List<StoreEntry>();
        var unreadable = new List<CertificateStoreLocation>();
        foreach (var location in _locations)
        {
            try
            {
                entries.AddRange(ReadMy(location));
            }
            catch (Exception e) when (e is CryptographicException or UnauthorizedAccessException or SecurityException or PlatformNotSupportedException)
            {
                unreadable.Add(location);
            }
        }
        return new StoreContents(entries, unreadable);
    }

    private static List<StoreEntry> ReadMy(CertificateStoreLocation location)
    {
        var entries = new List<StoreEntry>();
        var store = new X509Store(StoreName.My, location == CertificateStoreLocation.LocalMachine ? StoreLocation.LocalMachine : StoreLocation.CurrentUser);
        try
        {
            // OpenExistingOnly: listing must not create an empty store as a side effect.
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            foreach (var certificate in store.Certificates)
            {
                entries.Add(new StoreEntry(location, certificate.RawData));
                certificate.Dispose();
            }
        }
        catch (CryptographicException) when (location == CertificateStoreLocation.CurrentUser && entries.Count == 0 && !IsWindows)
        {
            // .NET on Linux has no user store until something is added to it: that is an empty store, not an unreadable one.
        }
        finally
        {
            store.Dispose();
        }
        return entries;
    }

    private static bool IsWindows => Environment.OSVersion.Platform == PlatformID.Win32NT;
}
