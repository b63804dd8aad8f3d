using AltIdShell.ContextMenu;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu.Tests;

public class MenuPlacementTests
{
    private const uint Normal = 0x0, DefaultOnly = 0x1, Explore = 0x4, ExtendedVerbs = 0x100;
    private static readonly string[] Certificate = { @"C:\Testfirma.p12" };

    [Theory]
    [InlineData(Normal)]
    [InlineData(Explore)]
    [InlineData(Explore | ExtendedVerbs)]
    public void A_certificate_gets_the_item(uint flags) =>
        Assert.True(MenuPlacement.AddsItem(flags, 100, 200, Certificate));

    [Theory]
    [InlineData(DefaultOnly)]
    [InlineData(DefaultOnly | Explore)]
    public void Default_only_menus_get_nothing(uint flags) =>
        Assert.False(MenuPlacement.AddsItem(flags, 100, 200, Certificate));

    [Fact]
    public void No_free_command_id_means_no_item()
    {
        Assert.True(MenuPlacement.AddsItem(Normal, 200, 200, Certificate));
        Assert.False(MenuPlacement.AddsItem(Normal, 201, 200, Certificate));
        Assert.False(MenuPlacement.AddsItem(Normal, uint.MaxValue, uint.MaxValue - 1, Certificate));
    }

    [Fact]
    public void Other_files_get_nothing() =>
        Assert.False(MenuPlacement.AddsItem(Normal, 100, 200, new[] { @"C:\notes.txt" }));

    [Fact]
    public void The_result_counts_one_id_as_make_hresult_does()
    {
        Assert.Equal(1, HResult.Success(ExportVerb.IdsUsed));
        Assert.Equal(0, HResult.Success(0));
    }

    [Fact]
    public void An_exception_reports_its_own_failure_code_or_e_fail()
    {
        Assert.Equal(unchecked((int)0x80070005), HResult.From(new UnauthorizedAccessException()));
        Assert.Equal(HResult.Fail, HResult.From(new Exception { HResult = 0 }));
    }
}
