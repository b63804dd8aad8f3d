using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using AltIdShell.Desktop.Registration;
using AltIdShell.Setup.Generator.Winget;
using AltIdShell.TestSupport;
using Json.Schema;
using YamlDotNet.Serialization;

namespace AltIdShell.Setup.Tests;

/// <summary>The winget manifests setup/build-msi.sh writes beside the MSIs: valid against the 1.12.0 schemas, and true to the MSIs.</summary>
[Trait("Category", LinuxTools.Trait)]
public sealed class WingetManifestTests : IClassFixture<BuiltInstallers>
{
    private static readonly string Schemas = Path.Combine(Fixtures.RepositoryRoot, "tests", "data", "winget-schemas-1.12.0");
    // JsonSchema.Net registers each schema's $id once per process: each schema is built once.
    private static readonly Dictionary<string, JsonSchema> Built = new();
    private readonly BuiltInstallers _msi;

    public WingetManifestTests(BuiltInstallers msi) => _msi = msi;

    public static TheoryData<InstallScope, string> Scopes => new() { { InstallScope.PerUser, "user" }, { InstallScope.PerMachine, "machine" } };

    [Fact]
    public void The_build_writes_the_version_the_installer_and_an_English_and_a_Danish_locale_manifest() =>
        Assert.Equal(
            new[] { "AltIdShell.AltIdShell.installer.yaml", "AltIdShell.AltIdShell.locale.da-DK.yaml", "AltIdShell.AltIdShell.locale.en-US.yaml", "AltIdShell.AltIdShell.yaml" },
            Directory.GetFiles(_msi.Winget).Select(Path.GetFileName).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_manifest_is_valid_against_the_1_12_0_schema_of_its_type()
    {
        foreach (var file in Directory.GetFiles(_msi.Winget))
        {
            var manifest = Read(file);
            Assert.Equal("1.12.0", (string?)manifest["ManifestVersion"]);
            Assert.Equal(Array.Empty<string>(), Problems(manifest));
        }
    }

    [Fact]
    public void A_manifest_the_schema_refuses_is_refused()
    {
        var installer = Read(Path.Combine(_msi.Winget, "AltIdShell.AltIdShell.installer.yaml"));
        installer["Installers"]![0]!.AsObject().Remove("InstallerSha256");
        installer["Installers"]![1]!["Scope"] = "everyone";

        Assert.Equal(2, Problems(installer).Count);
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Each_installer_is_its_MSI_as_built(InstallScope scope, string wingetScope)
    {
        var properties = _msi.Table(scope, "Property").Rows.ToDictionary(r => r["Property"], r => r["Value"]);
        var manifest = Read(Path.Combine(_msi.Winget, "AltIdShell.AltIdShell.installer.yaml"));
        var installer = Assert.Single(manifest["Installers"]!.AsArray(), i => (string?)i!["Scope"] == wingetScope)!;
        var entry = Assert.Single(installer["AppsAndFeaturesEntries"]!.AsArray())!;
        var file = _msi.For(scope);

        Assert.Equal(properties["ProductVersion"], (string?)manifest["PackageVersion"]);
        Assert.Equal(properties["ProductCode"], (string?)installer["ProductCode"]);
        Assert.Equal(properties["ProductCode"], (string?)entry["ProductCode"]);
        Assert.Equal(properties["UpgradeCode"], (string?)entry["UpgradeCode"]);
        Assert.Equal(properties["ProductVersion"], (string?)entry["DisplayVersion"]);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))), (string?)installer["InstallerSha256"]);
        Assert.EndsWith($"/releases/download/v{properties["ProductVersion"]}/{Path.GetFileName(file)}", (string?)installer["InstallerUrl"], StringComparison.Ordinal);
        Assert.Equal("msi", (string?)manifest["InstallerType"]);
        Assert.Equal("x64", (string?)installer["Architecture"]);
    }

    [Fact]
    public void The_English_and_the_Danish_locale_describe_AltIdShell_in_their_language()
    {
        var english = Read(Path.Combine(_msi.Winget, "AltIdShell.AltIdShell.locale.en-US.yaml"));
        var danish = Read(Path.Combine(_msi.Winget, "AltIdShell.AltIdShell.locale.da-DK.yaml"));
        var version = Read(Path.Combine(_msi.Winget, "AltIdShell.AltIdShell.yaml"));

        Assert.Equal("en-US", (string?)version["DefaultLocale"]);
        Assert.Equal(("defaultLocale", "en-US"), ((string?)english["ManifestType"], (string?)english["PackageLocale"]));
        Assert.Equal(("locale", "da-DK"), ((string?)danish["ManifestType"], (string?)danish["PackageLocale"]));
        Assert.Equal(WingetText.ShortDescription.English, (string?)english["ShortDescription"]);
        Assert.Equal(WingetText.ShortDescription.Danish, (string?)danish["ShortDescription"]);
        Assert.Equal(WingetText.Description.Danish, (string?)danish["Description"]);
    }

    [Fact]
    public void The_winget_texts_are_whole_in_both_languages() => TextCatalogue.AssertWhole(typeof(WingetText).Assembly);

    [Fact]
    public void MSIs_of_two_versions_make_no_manifest()
    {
        var one = new MsiPackage("a.msi", "user", "AltIdShell", "AltIdShell", "0.1.0", "{A}", "{B}", "00");
        Assert.Throws<InvalidDataException>(() => WingetManifests.Build("https://github.com/o/r", new[] { one, one with { ProductVersion = "0.2.0" } }));
    }

    private static JsonObject Read(string file)
    {
        // YAML to JSON through YamlDotNet alone: every scalar becomes a JSON string, which is what every field used here is.
        var yaml = new DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(file));
        return JsonNode.Parse(new SerializerBuilder().JsonCompatible().Build().Serialize(yaml))!.AsObject();
    }

    private static IReadOnlyList<string> Problems(JsonObject manifest)
    {
        var type = (string?)manifest["ManifestType"] ?? "";
        JsonSchema schema;
        lock (Built)
        {
            if (!Built.TryGetValue(type, out schema!))
                Built[type] = schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Schemas, $"manifest.{type}.1.12.0.json")));
        }
        using var document = JsonDocument.Parse(manifest.ToJsonString());
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? Array.Empty<string>()
            : (result.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).ToList();
    }
}
