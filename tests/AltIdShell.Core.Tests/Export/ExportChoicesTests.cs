using AltIdShell.Core.Export;

namespace AltIdShell.Core.Tests.Export;

public class ExportChoicesTests
{
    [Fact]
    public void A_changed_copy_leaves_the_original_as_it_was()
    {
        var original = new ExportChoices { Format = CerFormat.Pem };

        var copy = original with { ExistingFile = ExistingFileChoice.Replace, SelectedSha256 = "AA:BB" };

        Assert.Equal(ExistingFileChoice.Replace, copy.ExistingFile);
        Assert.Equal("AA:BB", copy.SelectedSha256);
        Assert.Equal(CerFormat.Pem, copy.Format);
        Assert.Equal(ExistingFileChoice.Ask, original.ExistingFile);
        Assert.Null(original.SelectedSha256);
        Assert.Equal(new ExportChoices { Format = CerFormat.Pem }, original);
    }

    [Fact]
    public void The_defaults_write_DER_beside_the_source_and_ask_about_a_file_in_the_way()
    {
        var defaults = ExportChoices.Default;

        Assert.Equal(CerFormat.Der, defaults.Format);
        Assert.Null(defaults.OutputDirectory);
        Assert.Equal(ExistingFileChoice.Ask, defaults.ExistingFile);
        Assert.Null(defaults.SelectedSha256);
        Assert.Empty(defaults.Protected);
    }
}
