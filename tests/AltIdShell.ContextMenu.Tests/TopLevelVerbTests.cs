using System;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu.Tests;

/// <summary>
/// Which Windows shows the packaged verb at all. The rule for the classic item stepping aside is tabled in
/// Desktop.Tests (ClassicItemRuleTests); the handler compiles the same source.
/// </summary>
public class TopLevelVerbTests
{
    [Theory]
    [InlineData(22000, true)]
    [InlineData(26100, true)]
    [InlineData(21999, false)]
    [InlineData(19045, false)]
    public void Windows_11_starts_at_build_22000(int build, bool shown) =>
        Assert.Equal(shown, TopLevelVerb.IsShownOn(new Version(10, 0, build)));

    [Fact]
    public void Version_numbers_after_Windows_11_still_count() =>
        Assert.True(TopLevelVerb.IsShownOn(new Version(11, 0, 100)));
}
