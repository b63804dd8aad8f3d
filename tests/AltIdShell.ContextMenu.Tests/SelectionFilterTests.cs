using System;
using System.Linq;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu.Tests;

public class SelectionFilterTests
{
    [Theory]
    [InlineData(@"C:\Users\Søren\Downloads\Testfirma.p12")]
    [InlineData(@"C:\certs\SYSTEM.PFX")]
    [InlineData(@"\\server\share\Firma A-S.P12")]
    [InlineData(@"C:\x\y.pfx")]
    public void A_single_p12_or_pfx_file_shows_the_item(string path) =>
        Assert.True(SelectionFilter.ShowsItem(new[] { path }));

    [Theory]
    [InlineData(@"C:\certs\Testfirma.cer")]
    [InlineData(@"C:\certs\Testfirma.p12.txt")]
    [InlineData(@"C:\certs\p12")]
    [InlineData(@"C:\certs\.p12")]
    [InlineData(@"C:\certs.p12\readme.txt")]
    [InlineData(@"C:\certs\Testfirma.p12\")]
    [InlineData("")]
    public void Anything_else_does_not(string path) =>
        Assert.False(SelectionFilter.ShowsItem(new[] { path }));

    [Fact]
    public void An_empty_selection_shows_nothing() =>
        Assert.False(SelectionFilter.ShowsItem(Array.Empty<string>()));

    [Fact]
    public void One_other_file_among_certificates_hides_the_item() =>
        Assert.False(SelectionFilter.ShowsItem(new[] { @"C:\a.p12", @"C:\b.pfx", @"C:\notes.txt" }));

    [Fact]
    public void A_thousand_certificates_with_long_paths_show_the_item()
    {
        var deep = @"C:\" + string.Join(@"\", Enumerable.Repeat("en meget lang mappe æøå", 15));
        Assert.True(deep.Length > 260);
        var selection = Enumerable.Range(0, 1000).Select(i => $@"{deep}\firma {i}.{(i % 2 == 0 ? "p12" : "PFX")}").ToArray();
        Assert.True(SelectionFilter.ShowsItem(selection));
    }

    [Theory]
    [InlineData(@"C:\Users\Søren\Downloads\Testfirma.cer")]
    [InlineData(@"C:\certs\SYSTEM.CRT")]
    [InlineData(@"\\server\share\Kæde.p7b")]
    public void A_cer_crt_or_p7b_file_shows_the_check(string path)
    {
        Assert.True(SelectionFilter.ShowsCheckItem(new[] { path }));
        Assert.False(SelectionFilter.ShowsItem(new[] { path }));
    }

    [Theory]
    [InlineData(@"C:\certs\Testfirma.p12")]
    [InlineData(@"C:\certs\Testfirma.pem")]
    [InlineData(@"C:\certs\.cer")]
    [InlineData(@"C:\certs.cer\readme.txt")]
    [InlineData(@"C:\certs\Testfirma.cer\")]
    public void A_key_file_or_anything_else_does_not_show_the_check(string path) =>
        Assert.False(SelectionFilter.ShowsCheckItem(new[] { path }));

    [Fact]
    public void The_check_shows_only_when_every_item_is_a_certificate_without_a_key()
    {
        Assert.True(SelectionFilter.ShowsCheckItem(new[] { @"C:\a.cer", @"C:\b.crt", @"C:\c.p7b" }));
        Assert.False(SelectionFilter.ShowsCheckItem(new[] { @"C:\a.cer", @"C:\b.pfx" }));
        Assert.False(SelectionFilter.ShowsCheckItem(Array.Empty<string>()));
    }
}
