namespace AltIdShell.ContextMenu.Tests;

public class VerbDecoderTests
{
    private const uint Unicode = VerbDecoder.UnicodeMask;
    private const int ExSize = 104;

    [Fact]
    public void A_verb_whose_high_bits_are_zero_is_an_offset()
    {
        var verb = VerbDecoder.Decode(56, 0, 0, 0, ExSize);
        Assert.Equal(InvokedVerbKind.Offset, verb.Kind);
        Assert.Equal(0, verb.Offset);
        Assert.Equal(7, VerbDecoder.Decode(56, 0, 7, 0, ExSize).Offset);
    }

    [Fact]
    public void A_pointer_is_an_ansi_verb_without_the_unicode_flag()
    {
        var verb = VerbDecoder.Decode(56, 0, 0x0000_01F0_2A10_0040, 0, ExSize);
        Assert.Equal(InvokedVerbKind.Ansi, verb.Kind);
        Assert.Equal(0x0000_01F0_2A10_0040UL, verb.StringPointer);
    }

    [Fact]
    public void The_unicode_flag_in_a_full_ex_structure_reads_lpVerbW()
    {
        var verb = VerbDecoder.Decode(ExSize, Unicode, 0x7FF6_0001_0000, 0x7FF6_0002_0000, ExSize);
        Assert.Equal(InvokedVerbKind.Unicode, verb.Kind);
        Assert.Equal(0x7FF6_0002_0000UL, verb.StringPointer);
    }

    [Fact]
    public void The_unicode_flag_in_a_short_structure_is_ignored()
    {
        // lpVerbW lies past the end of a plain CMINVOKECOMMANDINFO: the caller passes 0 for it and lpVerb is used.
        var verb = VerbDecoder.Decode(56, Unicode, 0x7FF6_0001_0000, 0, ExSize);
        Assert.Equal(InvokedVerbKind.Ansi, verb.Kind);
    }

    [Fact]
    public void An_offset_in_lpVerbW_with_the_unicode_flag_is_read_from_lpVerb()
    {
        var verb = VerbDecoder.Decode(ExSize, Unicode, 0, 0, ExSize);
        Assert.Equal(InvokedVerbKind.Offset, verb.Kind);
        Assert.Equal(0, verb.Offset);
    }

    [Theory]
    [InlineData(0x0000_0001_0000_0000UL)] // IntPtr.ToInt32 would throw or, truncated, read offset 0
    [InlineData(0xFFFF_8000_0000_0000UL)]
    [InlineData(0x0000_7FFF_0000_0005UL)]
    public void A_string_above_4_GiB_is_never_mistaken_for_an_offset(ulong pointer)
    {
        Assert.False(VerbDecoder.IsOffset(pointer));
        Assert.Equal(InvokedVerbKind.Ansi, VerbDecoder.Decode(56, 0, pointer, 0, ExSize).Kind);
        Assert.Equal(InvokedVerbKind.Unicode, VerbDecoder.Decode(ExSize, Unicode, 0, pointer, ExSize).Kind);
    }

    [Theory]
    [InlineData("AltIdShell.ExportPublicKey", true)]
    [InlineData("altidshell.exportpublickey", true)]
    [InlineData("open", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_our_stable_verb_name_is_ours(string? verb, bool ours) =>
        Assert.Equal(ours, MenuVerb.Export.IsNamed(verb));

    [Theory]
    [InlineData("AltIdShell.CheckCertificate", true)]
    [InlineData("ALTIDSHELL.CHECKCERTIFICATE", true)]
    [InlineData("AltIdShell.ExportPublicKey", false)]
    [InlineData("open", false)]
    [InlineData(null, false)]
    public void The_check_has_its_own_stable_verb_name(string? verb, bool ours) =>
        Assert.Equal(ours, MenuVerb.Check.IsNamed(verb));
}
