using System.Globalization;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.TopLevelMenu;

namespace AltIdShell.Desktop.Tests.TopLevelMenu;

public class ExportVerbRulesTests
{
    private static SelectedItem File(string path) => new(path, IsFolder: false);

    [Theory]
    [InlineData("da-DK", "Eksportér offentlig nøgle til AltID")]
    [InlineData("da", "Eksportér offentlig nøgle til AltID")]
    [InlineData("en-US", "Export public key for AltID")]
    [InlineData("de-DE", "Export public key for AltID")]
    public void The_title_follows_the_display_language(string culture, string title) =>
        Assert.Equal(title, ExportVerbRules.Title(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void The_tooltip_is_the_classic_items_help_text_in_both_languages()
    {
        Assert.StartsWith("Gemmer certifikatets offentlige nøgle", ExportVerbRules.ToolTip(CultureInfo.GetCultureInfo("da-DK")));
        Assert.StartsWith("Saves the certificate's public key", ExportVerbRules.ToolTip(CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void The_icon_is_the_product_icon_in_the_install_folder() =>
        Assert.Equal(@"C:\Users\Søren\AppData\Local\Programs\AltIdShell\0.1.0\AltIdShell.ico", ExportVerbRules.Icon(@"C:\Users\Søren\AppData\Local\Programs\AltIdShell\0.1.0\"));

    [Fact]
    public void Certificate_files_only_show_the_verb() =>
        Assert.Equal(ExplorerCommandState.Enabled, ExportVerbRules.State(new[] { File(@"C:\a\Firma.p12"), File(@"\\srv\share\B.PFX") }));

    [Fact]
    public void A_mixed_selection_hides_the_verb() =>
        Assert.Equal(ExplorerCommandState.Hidden, ExportVerbRules.State(new[] { File(@"C:\a\Firma.p12"), File(@"C:\a\notes.txt") }));

    [Fact]
    public void A_folder_named_like_a_certificate_hides_the_verb() =>
        Assert.Equal(ExplorerCommandState.Hidden, ExportVerbRules.State(new[] { File(@"C:\a\Firma.p12"), new SelectedItem(@"C:\a\Old.p12", IsFolder: true) }));

    [Fact]
    public void An_item_without_a_file_system_path_hides_the_verb() =>
        Assert.Equal(ExplorerCommandState.Hidden, ExportVerbRules.State(new[] { File(@"C:\a\Firma.p12"), new SelectedItem(null, IsFolder: false) }));

    [Fact]
    public void An_empty_selection_hides_the_verb() =>
        Assert.Equal(ExplorerCommandState.Hidden, ExportVerbRules.State(Array.Empty<SelectedItem>()));

    [Fact]
    public void The_states_are_Windows_values() =>
        Assert.Equal(new uint[] { 0, 2 }, new[] { (uint)ExplorerCommandState.Enabled, (uint)ExplorerCommandState.Hidden });

    [Fact]
    public void A_click_hands_over_the_paths_in_the_selections_order()
    {
        var request = ExportVerbRules.Request(new[] { File(@"C:\b\Zeta.pfx"), File(@"C:\a\Ærø.p12") }, PathStyle.Windows, _ => true);
        Assert.Equal(LaunchKind.Export, request.Kind);
        Assert.Equal(new[] { @"C:\b\Zeta.pfx", @"C:\a\Ærø.p12" }, request.Paths);
    }

    [Fact]
    public void A_click_on_a_selection_that_does_not_qualify_asks_nothing() =>
        Assert.Equal(LaunchKind.Invalid, ExportVerbRules.Request(new[] { File(@"C:\a\Firma.p12"), File(@"C:\a\x.txt") }, PathStyle.Windows, _ => true).Kind);

    [Fact]
    public void A_click_on_a_file_gone_since_the_menu_opened_asks_nothing() =>
        Assert.Equal(LaunchKind.Invalid, ExportVerbRules.Request(new[] { File(@"C:\a\Firma.p12") }, PathStyle.Windows, _ => false).Kind);
}
