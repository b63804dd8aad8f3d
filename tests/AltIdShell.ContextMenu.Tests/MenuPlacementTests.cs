using System;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu.Tests;

public class MenuPlacementTests
{
    private const uint Normal = 0x0, DefaultOnly = 0x1, Explore = 0x4, ExtendedVerbs = 0x100;
    private static readonly string[] Certificate = { @"C:\Testfirma.p12" };
    private static readonly string[] PublicCertificates = { @"C:\Testfirma.cer", @"C:\Kæde.P7B", @"C:\pem.crt" };

    [Theory]
    [InlineData(Normal)]
    [InlineData(Explore)]
    [InlineData(Explore | ExtendedVerbs)]
    public void A_certificate_gets_the_item(uint flags) =>
        Assert.Same(MenuVerb.Export, MenuPlacement.ItemFor(flags, 100, 200, Certificate, false));

    [Theory]
    [InlineData(DefaultOnly)]
    [InlineData(DefaultOnly | Explore)]
    public void Default_only_menus_get_nothing(uint flags) =>
        Assert.Null(MenuPlacement.ItemFor(flags, 100, 200, Certificate, false));

    [Fact]
    public void No_free_command_id_means_no_item()
    {
        Assert.Same(MenuVerb.Export, MenuPlacement.ItemFor(Normal, 200, 200, Certificate, false));
        Assert.Null(MenuPlacement.ItemFor(Normal, 201, 200, Certificate, false));
        Assert.Null(MenuPlacement.ItemFor(Normal, uint.MaxValue, uint.MaxValue - 1, Certificate, false));
    }

    [Fact]
    public void Other_files_get_nothing() =>
        Assert.Null(MenuPlacement.ItemFor(Normal, 100, 200, new[] { @"C:\notes.txt" }, false));

    [Fact]
    public void Certificates_without_a_key_get_the_check() =>
        Assert.Same(MenuVerb.Check, MenuPlacement.ItemFor(Normal, 100, 200, PublicCertificates, false));

    [Fact]
    public void A_key_file_among_them_gets_neither_item() =>
        Assert.Null(MenuPlacement.ItemFor(Normal, 100, 200, new[] { @"C:\Testfirma.cer", @"C:\Testfirma.p12" }, false));

    [Fact]
    public void The_windows_11_package_replaces_the_export_but_not_the_check()
    {
        Assert.Null(MenuPlacement.ItemFor(Normal, 100, 200, Certificate, true));
        Assert.Same(MenuVerb.Check, MenuPlacement.ItemFor(Normal, 100, 200, PublicCertificates, true));
    }

    [Fact]
    public void Default_only_menus_get_no_check_either() =>
        Assert.Null(MenuPlacement.ItemFor(DefaultOnly, 100, 200, PublicCertificates, false));

    [Fact]
    public void The_result_counts_one_id_as_make_hresult_does()
    {
        Assert.Equal(1, HResult.Success(MenuVerb.IdsUsed));
        Assert.Equal(0, HResult.Success(0));
    }

    [Fact]
    public void An_exception_reports_its_own_failure_code_or_e_fail()
    {
        Assert.Equal(unchecked((int)0x80070005), HResult.From(new UnauthorizedAccessException()));
        Assert.Equal(HResult.Fail, HResult.From(new Exception { HResult = 0 }));
    }
}
