using AltIdShell.Core.Text;
using YamlDotNet.Serialization;

namespace AltIdShell.Setup.Generator.Winget;

/// <summary>
/// The Windows Package Manager's multi-file manifests (format 1.12.0) for one release: the version manifest, one
/// installer manifest with both MSIs, and the English (default) and Danish locale manifests. Everything that identifies
/// an installer comes from the built MSIs; what describes the product comes from <see cref="WingetText"/>.
/// </summary>
public static class WingetManifests
{
    public const string ManifestVersion = "1.12.0";
    public const string PackageIdentifier = "AltIdShell.AltIdShell";
    public const string DefaultLocale = "en-US";
    public const string OtherLocale = "da-DK";

    /// <summary>The manifests' file names and YAML text.</summary>
    /// <param name="repositoryUrl">The GitHub repository (https://github.com/OWNER/NAME): the release's files are under it.</param>
    /// <param name="installers">The MSIs of one version, in the order winget should offer them.</param>
    public static IReadOnlyList<(string FileName, string Yaml)> Build(string repositoryUrl, IReadOnlyList<MsiPackage> installers)
    {
        var version = installers.Select(i => i.ProductVersion).Distinct().ToList() switch
        {
            [var one] => one,
            var several => throw new InvalidDataException("the MSIs disagree on ProductVersion: " + string.Join(", ", several)),
        };
        var repository = repositoryUrl.TrimEnd('/');
        var release = $"{repository}/releases/download/v{version}";
        var first = installers[0];

        var installerManifest = Document(version);
        installerManifest["InstallerType"] = "msi";
        installerManifest["UpgradeBehavior"] = "install";
        installerManifest["Installers"] = installers.Select(i => new Dictionary<string, object>
        {
            ["Architecture"] = "x64",
            ["Scope"] = i.Scope,
            ["InstallerUrl"] = $"{release}/{i.FileName}",
            ["InstallerSha256"] = i.Sha256,
            ["ProductCode"] = i.ProductCode,
            ["ElevationRequirement"] = i.Scope == "machine" ? "elevatesSelf" : "elevationProhibited",
            ["AppsAndFeaturesEntries"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["DisplayName"] = i.ProductName,
                    ["Publisher"] = i.Manufacturer,
                    ["DisplayVersion"] = i.ProductVersion,
                    ["ProductCode"] = i.ProductCode,
                    ["UpgradeCode"] = i.UpgradeCode,
                },
            },
        }).ToList();

        var versionManifest = Document(version);
        versionManifest["DefaultLocale"] = DefaultLocale;

        return new[]
        {
            ($"{PackageIdentifier}.yaml", Yaml(versionManifest, "version")),
            ($"{PackageIdentifier}.installer.yaml", Yaml(installerManifest, "installer")),
            ($"{PackageIdentifier}.locale.{DefaultLocale}.yaml", Yaml(Locale(version, DefaultLocale, first, repository, t => t.English), "defaultLocale")),
            ($"{PackageIdentifier}.locale.{OtherLocale}.yaml", Yaml(Locale(version, OtherLocale, first, repository, t => t.Danish), "locale")),
        };
    }

    private static Dictionary<string, object> Locale(string version, string locale, MsiPackage msi, string repository,
        Func<LocalizedText, string> language)
    {
        var manifest = Document(version);
        manifest["PackageLocale"] = locale;
        manifest["Publisher"] = msi.Manufacturer;
        manifest["PackageName"] = msi.ProductName;
        manifest["PackageUrl"] = repository;
        manifest["License"] = "MIT";
        manifest["LicenseUrl"] = $"{repository}/blob/v{version}/LICENSE";
        manifest["ShortDescription"] = language(WingetText.ShortDescription);
        manifest["Description"] = language(WingetText.Description);
        manifest["ReleaseNotesUrl"] = $"{repository}/releases/tag/v{version}";
        return manifest;
    }

    private static Dictionary<string, object> Document(string version) => new()
    {
        ["PackageIdentifier"] = PackageIdentifier,
        ["PackageVersion"] = version,
    };

    // ManifestType and ManifestVersion close every manifest, as in the Windows Package Manager's own examples.
    private static string Yaml(Dictionary<string, object> manifest, string type)
    {
        manifest["ManifestType"] = type;
        manifest["ManifestVersion"] = ManifestVersion;
        return $"# yaml-language-server: $schema=https://aka.ms/winget-manifest.{type}.{ManifestVersion}.schema.json\n" +
            new SerializerBuilder().WithQuotingNecessaryStrings().Build().Serialize(manifest);
    }
}
