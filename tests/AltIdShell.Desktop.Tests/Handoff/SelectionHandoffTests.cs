using System.Diagnostics;
using System.Text;
using AltIdShell.Shared;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Handoff;

public class SelectionHandoffTests
{
    private static readonly string Deep = @"C:\Users\Søren Ærø\Documents\" + string.Join(@"\", Enumerable.Repeat("Virksomhedscertifikater til AltID æøå ÆØÅ", 8));

    private static string[] ThousandPaths() =>
        Enumerable.Range(0, 1000).Select(i => i % 3 == 0
            ? $@"{Deep}\Firma {i} A/S.p12".Replace("A/S", "A-S")
            : $@"\\server\delt mappe\æblegrød {i}.PFX").ToArray();

    [Fact]
    public void A_thousand_paths_with_spaces_danish_letters_and_over_260_characters_round_trip()
    {
        var paths = ThousandPaths();
        Assert.True(paths[0].Length > 260);
        var read = SelectionHandoff.Read(new MemoryStream(SelectionHandoff.Encode(paths)));
        Assert.Equal(paths, read);
    }

    [Fact]
    public void The_wire_format_is_one_utf8_line_per_path_without_a_byte_order_mark()
    {
        var bytes = SelectionHandoff.Encode(new[] { @"C:\a b\nøgle.p12", @"D:\x.pfx" });
        Assert.Equal(Encoding.UTF8.GetBytes("C:\\a b\\nøgle.p12\nD:\\x.pfx\n"), bytes);
    }

    [Fact]
    public void Nothing_selected_is_an_empty_stream()
    {
        Assert.Empty(SelectionHandoff.Encode(Array.Empty<string>()));
        Assert.Empty(SelectionHandoff.Read(new MemoryStream()));
    }

    [Fact]
    public void The_reader_accepts_crlf_a_byte_order_mark_and_blank_lines()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("C:\\å.p12\r\n\r\nD:\\b.pfx")).ToArray();
        Assert.Equal(new[] { @"C:\å.p12", @"D:\b.pfx" }, SelectionHandoff.Read(new MemoryStream(bytes)));
    }

    [Theory]
    [InlineData("C:\\a\nb.p12")]
    [InlineData("C:\\a\rb.p12")]
    [InlineData("")]
    public void A_path_that_would_break_the_framing_is_refused(string path) =>
        Assert.Throws<ArgumentException>(() => SelectionHandoff.Encode(new[] { @"C:\ok.p12", path }));

    [Fact]
    [Trait("Category", LinuxTools.Trait)]
    public async Task A_thousand_paths_pass_through_a_real_child_process_pipe()
    {
        // The handler's path: bytes written to a child's redirected stdin, far more than one pipe buffer.
        var paths = ThousandPaths();
        var start = new ProcessStartInfo("cat") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var child = Process.Start(start)!;
        var payload = SelectionHandoff.Encode(paths);
        Assert.True(payload.Length > 65536);
        var writer = Task.Run(() =>
        {
            using var input = child.StandardInput.BaseStream;
            input.Write(payload, 0, payload.Length);
        });
        var read = SelectionHandoff.Read(child.StandardOutput.BaseStream);
        await writer.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(child.WaitForExit(30_000));
        Assert.Equal(paths, read);
    }

    [Fact]
    public void Each_hand_over_pipe_has_a_fresh_name_of_the_one_form_the_tray_accepts()
    {
        var first = SelectionHandoff.NewPipeName();
        Assert.NotEqual(first, SelectionHandoff.NewPipeName());
        Assert.True(SelectionHandoff.IsPipeName(first));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AltIdShell.Handoff.")]
    [InlineData("AltIdShell.Tray.S-1-5-21-1.1")]
    [InlineData("AltIdShell.Handoff.0123456789ABCDEF0123456789abcdef")]
    [InlineData("AltIdShell.Handoff.0123456789abcdef0123456789abcde")]
    [InlineData("AltIdShell.Handoff.0123456789abcdef0123456789abcdef0")]
    [InlineData(@"..\..\AltIdShell.Handoff.0123456789abcdef0123456789abcdef")]
    public void The_tray_connects_to_no_other_pipe(string? name) =>
        Assert.False(SelectionHandoff.IsPipeName(name));
}
