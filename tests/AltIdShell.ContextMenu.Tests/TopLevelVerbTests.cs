using System;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu.Tests;

/// <summary>When the classic handler stays silent because the Windows 11 verb offers the same item.</summary>
public class TopLevelVerbTests
{
    [Theory]
    [InlineData(22000)]
    [InlineData(22631)]
    [InlineData(26100)]
    public void On_Windows_11_with_the_package_registered_the_classic_item_gives_way(int build) =>
        Assert.True(TopLevelVerb.ReplacesClassicItem("0.1.0", new Version(10, 0, build)));

    [Fact]
    public void On_Windows_10_the_classic_item_stays() =>
        Assert.False(TopLevelVerb.ReplacesClassicItem("0.1.0", new Version(10, 0, 19045)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_the_trays_record_the_classic_item_stays(string? record) =>
        Assert.False(TopLevelVerb.ReplacesClassicItem(record, new Version(10, 0, 22631)));

    [Fact]
    public void Version_numbers_after_Windows_11_still_count() =>
        Assert.True(TopLevelVerb.IsShownOn(new Version(11, 0, 100)));
}
