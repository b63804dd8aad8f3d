using AltIdShell.ContextMenu.Interop;

namespace AltIdShell.ContextMenu.Tests;

/// <summary>Against sizeof and offsetof of CMINVOKECOMMANDINFO(EX) as the Windows SDK headers give them.</summary>
public class CommandInvokeInfoLayoutTests
{
    [Fact]
    public void Sixty_four_bit_offsets_match_the_sdk()
    {
        var layout = new CommandInvokeInfoLayout(8);
        Assert.Equal(16, layout.VerbOffset);
        Assert.Equal(56, layout.BaseSize);
        Assert.Equal(64, layout.VerbWOffset);
        Assert.Equal(104, layout.ExSize);
    }

    [Fact]
    public void Thirty_two_bit_offsets_match_the_sdk()
    {
        var layout = new CommandInvokeInfoLayout(4);
        Assert.Equal(12, layout.VerbOffset);
        Assert.Equal(36, layout.BaseSize);
        Assert.Equal(40, layout.VerbWOffset);
        Assert.Equal(64, layout.ExSize);
    }

    [Fact]
    public void Size_and_mask_lead_the_structure()
    {
        Assert.Equal(0, CommandInvokeInfoLayout.SizeOffset);
        Assert.Equal(4, CommandInvokeInfoLayout.MaskOffset);
    }
}
