using System;
using System.Globalization;

namespace AltIdShell.Shared;

/// <summary>
/// What the tray registered on Windows 11, recorded under HKCU\Software\AltIdShell (<see cref="ValueName"/>): when
/// the registration finished (UTC), the version, and the folder it named as the package's external location. The
/// classic handler reads it (a registry value, nothing else) to decide with <see cref="TopLevelVerb"/> whether its item
/// steps aside. One string, "filetime|version|folder": the folder comes last, as only it may hold a '|'.
/// </summary>
internal sealed class PackageRegistrationRecord
{
    /// <summary>
    /// A new name: a handler of an older version still loaded in a running Explorer steps aside for any non-empty value
    /// of the old "PackagedVerb", which the tray therefore deletes; that Explorer then shows both items, never none.
    /// </summary>
    public const string ValueName = "PackageRegistration";

    public const string FormerValueName = "PackagedVerb";

    public PackageRegistrationRecord(DateTime registeredUtc, string version, string externalFolder)
    {
        RegisteredUtc = registeredUtc;
        Version = version;
        ExternalFolder = externalFolder;
    }

    public DateTime RegisteredUtc { get; }
    public string Version { get; }
    public string ExternalFolder { get; }

    public string Format() =>
        RegisteredUtc.ToFileTimeUtc().ToString(CultureInfo.InvariantCulture) + "|" + Version + "|" + ExternalFolder;

    /// <summary>Null for anything that is not a whole record; never throws (the handler runs inside Explorer).</summary>
    public static PackageRegistrationRecord? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        var first = value!.IndexOf('|');
        var second = first < 0 ? -1 : value.IndexOf('|', first + 1);
        if (second < 0 || second == value.Length - 1)
            return null;
        if (!long.TryParse(value.Substring(0, first), NumberStyles.None, CultureInfo.InvariantCulture, out var fileTime)
            || fileTime > DateTime.MaxValue.ToFileTimeUtc())
            return null;
        var version = value.Substring(first + 1, second - first - 1);
        return version.Length == 0 ? null : new PackageRegistrationRecord(DateTime.FromFileTimeUtc(fileTime), version, value.Substring(second + 1));
    }

    /// <summary>Windows' folder comparison: case-insensitive, a trailing backslash or not.</summary>
    public static bool SameFolder(string? a, string? b) =>
        a != null && b != null && string.Equals(a.TrimEnd('\\'), b.TrimEnd('\\'), StringComparison.OrdinalIgnoreCase);
}
