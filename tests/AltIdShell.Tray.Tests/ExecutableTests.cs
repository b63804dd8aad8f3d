using System.Xml.Linq;
using AltIdShell.Shared;
using AltIdShell.TestSupport;

namespace AltIdShell.Tray.Tests;

/// <summary>What Windows reads from the built tray before any of its code runs.</summary>
public class ExecutableTests : IClassFixture<BuiltNet48Assembly>
{
    private readonly BuiltNet48Assembly _built;

    public ExecutableTests(BuiltNet48Assembly built) => _built = built;

    [Fact]
    public void The_exe_has_the_name_the_handler_and_installer_start() =>
        Assert.Equal(Path.GetFileNameWithoutExtension(ProductIdentity.TrayExecutableName), _built.Assembly.GetName().Name);

    [Fact]
    public void The_config_turns_on_per_monitor_DPI_and_targets_4_8()
    {
        var config = XDocument.Load(_built.Path + ".config");
        var dpi = config.Root!.Element("System.Windows.Forms.ApplicationConfigurationSection")!.Elements("add")
            .Single(e => (string?)e.Attribute("key") == "DpiAwareness");
        Assert.Equal("PerMonitorV2", (string?)dpi.Attribute("value"));
        Assert.Contains(config.Root.Element("startup")!.Elements("supportedRuntime"), e => ((string?)e.Attribute("sku"))!.EndsWith("v4.8"));
    }

    [Fact]
    public void The_embedded_manifest_asks_for_no_elevation_and_declares_per_monitor_DPI()
    {
        // The manifest is a Win32 resource in the PE file; its XML is stored as plain UTF-8 text.
        var text = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(_built.Path));
        Assert.Contains("requestedExecutionLevel level=\"asInvoker\"", text);
        Assert.Contains("<dpiAwareness xmlns=\"http://schemas.microsoft.com/SMI/2016/WindowsSettings\">PerMonitorV2</dpiAwareness>", text);
        Assert.Contains("8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a", text);
    }
}
