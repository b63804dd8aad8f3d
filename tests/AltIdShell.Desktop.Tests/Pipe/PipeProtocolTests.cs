using System.Text;
using AltIdShell.Desktop.Activation;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.Pipe;

namespace AltIdShell.Desktop.Tests.Pipe;

public class PipeProtocolTests
{
    private static LaunchRequest Decode(byte[] payload, Func<string, bool>? exists = null) =>
        PipeProtocol.Decode(payload, PathStyle.Windows, exists ?? (_ => true));

    private static LaunchRequest Decode(string json) => Decode(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Export_round_trips_through_a_frame()
    {
        var paths = new[] { @"C:\Users\Åse\Testfirma.p12", @"\\srv\share\\\u00e6.pfx".Replace(@"\\\", @"\") };
        using var stream = new MemoryStream();
        PipeProtocol.WriteFrame(stream, PipeProtocol.Encode(LaunchRequest.Export(paths)));
        stream.Position = 0;

        var message = Decode(PipeProtocol.ReadFrame(stream));

        Assert.Equal(LaunchKind.Export, message.Kind);
        Assert.Equal(paths, message.Paths);
    }

    [Fact]
    public void Check_round_trips_as_its_own_kind()
    {
        var paths = new[] { @"C:\Users\Åse\Testfirma.cer", @"C:\a\kæde.P7B", @"C:\a\pem.crt" };
        var bytes = PipeProtocol.Encode(LaunchRequest.Check(paths));
        Assert.Equal("{\"v\":1,\"kind\":\"check\",\"paths\":[\"C:\\\\a.cer\"]}", Encoding.UTF8.GetString(PipeProtocol.Encode(LaunchRequest.Check(new[] { @"C:\a.cer" }))));

        var message = Decode(bytes);

        Assert.Equal(LaunchKind.Check, message.Kind);
        Assert.Equal(paths, message.Paths);
    }

    [Fact]
    public void Show_and_activate_round_trip()
    {
        Assert.Equal(LaunchKind.Show, Decode(PipeProtocol.Encode(LaunchRequest.Show)).Kind);
        var uri = ActivationUri.Build(ActivationAction.OpenFolder, @"C:\a\b.cer");
        var activate = Decode(PipeProtocol.Encode(LaunchRequest.Activate(uri)));
        Assert.Equal(LaunchKind.Activate, activate.Kind);
        Assert.Equal(uri, activate.Uri);
    }

    [Fact]
    public void The_wire_format_is_versioned_JSON()
    {
        var json = Encoding.UTF8.GetString(PipeProtocol.Encode(LaunchRequest.Export(new[] { @"C:\a.p12" })));
        Assert.Equal("{\"v\":1,\"kind\":\"export\",\"paths\":[\"C:\\\\a.p12\"]}", json);
    }

    [Theory]
    [InlineData("{\"v\":2,\"kind\":\"show\"}")]
    [InlineData("{\"kind\":\"show\"}")]
    [InlineData("{\"v\":\"1\",\"kind\":\"show\"}")]
    [InlineData("{\"v\":1,\"kind\":\"format\"}")]
    [InlineData("{\"v\":1,\"kind\":\"export\",\"paths\":[\"C:\\\\a.p12\"],\"password\":\"Test1234\"}")]
    [InlineData("{\"v\":1,\"kind\":\"show\",\"run\":\"cmd.exe\"}")]
    [InlineData("{\"v\":1,\"kind\":\"export\",\"paths\":[]}")]
    [InlineData("{\"v\":1,\"kind\":\"export\",\"paths\":[42]}")]
    [InlineData("{\"v\":1,\"kind\":\"export\",\"paths\":[\"a.p12\"]}")]
    [InlineData("{\"v\":1,\"kind\":\"export\",\"paths\":[\"C:\\\\windows\\\\x.dll\"]}")]
    [InlineData("{\"v\":1,\"kind\":\"activate\",\"uri\":\"https://example.org/\"}")]
    [InlineData("{\"v\":1,\"kind\":\"check\"}")]
    [InlineData("{\"v\":1,\"kind\":\"check\",\"paths\":[]}")]
    [InlineData("{\"v\":1,\"kind\":\"check\",\"paths\":[\"C:\\\\a.p12\"]}")]
    [InlineData("{\"v\":1,\"kind\":\"export\",\"paths\":[\"C:\\\\a.cer\"]}")]
    [InlineData("{\"v\":1,\"kind\":\"check\",\"paths\":[\"b.cer\"]}")]
    [InlineData("[1,2]")]
    [InlineData("{\"v\":1,")]
    public void Refuses_malformed_foreign_and_unsafe_messages(string json) =>
        Assert.Throws<PipeProtocolException>(() => Decode(json));

    [Fact]
    public void A_message_has_no_place_for_a_password() =>
        Assert.Equal(new[] { "IsForwarded", "Kind", "Paths", "Problem", "TellsUser", "Uri" },
            typeof(LaunchRequest).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
                .Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));

    [Fact]
    public void Exit_round_trips_for_the_installer()
    {
        var json = Encoding.UTF8.GetString(PipeProtocol.Encode(LaunchRequest.Exit));
        Assert.Equal("{\"v\":1,\"kind\":\"exit\"}", json);
        Assert.Equal(LaunchKind.Exit, Decode(json).Kind);
    }

    [Fact]
    public void Refuses_a_path_that_does_not_exist() =>
        Assert.Throws<PipeProtocolException>(() =>
            Decode(PipeProtocol.Encode(LaunchRequest.Export(new[] { @"C:\gone.p12" })), _ => false));

    [Fact]
    public void Refuses_more_paths_than_the_limit()
    {
        var paths = Enumerable.Range(0, HandoffLimits.MaxPaths + 1).Select(i => $@"C:\{i}.p12").ToArray();
        Assert.Throws<PipeProtocolException>(() => Decode(PipeProtocol.Encode(LaunchRequest.Export(paths))));
    }

    [Fact]
    public void Refuses_paths_longer_together_than_the_limit()
    {
        var each = HandoffLimits.MaxTotalPathChars / HandoffLimits.MaxPaths + 1;
        var paths = Enumerable.Range(0, HandoffLimits.MaxPaths).Select(i => @"C:\" + new string('a', each - 11) + i.ToString("D4") + ".p12").ToArray();
        Assert.All(paths, p => Assert.Equal(each, p.Length));
        Assert.Throws<PipeProtocolException>(() => Decode(PipeProtocol.Encode(LaunchRequest.Export(paths))));
    }

    [Fact]
    public void A_declared_length_over_the_cap_is_refused_before_reading_it()
    {
        var stream = new MemoryStream(BitConverter.GetBytes(PipeProtocol.MaxMessageBytes + 1));
        Assert.Throws<PipeProtocolException>(() => PipeProtocol.ReadFrame(stream));
        Assert.Throws<PipeProtocolException>(() => PipeProtocol.ReadFrame(new MemoryStream(BitConverter.GetBytes(-1))));
    }

    [Fact]
    public void A_frame_cut_short_is_refused()
    {
        using var stream = new MemoryStream();
        PipeProtocol.WriteFrame(stream, PipeProtocol.Encode(LaunchRequest.Show));
        var cut = new MemoryStream(stream.ToArray()[..^3]);
        Assert.Throws<PipeProtocolException>(() => PipeProtocol.ReadFrame(cut));
        Assert.Throws<PipeProtocolException>(() => PipeProtocol.ReadFrame(new MemoryStream(new byte[] { 1, 0 })));
    }

    [Fact]
    public void The_largest_handoff_fits_in_one_message()
    {
        var each = HandoffLimits.MaxTotalPathChars / HandoffLimits.MaxPaths - 12;
        var paths = Enumerable.Range(0, HandoffLimits.MaxPaths).Select(i => @"C:\" + new string('\u00e6', each) + i.ToString("D4") + ".p12").ToArray();
        var message = Decode(PipeProtocol.Encode(LaunchRequest.Export(paths)));
        Assert.Equal(HandoffLimits.MaxPaths, message.Paths.Count);
    }

    [Fact]
    public void An_oversized_message_is_not_encoded()
    {
        var paths = Enumerable.Range(0, 1000).Select(i => @"C:\" + new string('\u00e6', 1000) + i + ".p12").ToArray();
        Assert.Throws<PipeProtocolException>(() => PipeProtocol.Encode(LaunchRequest.Export(paths)));
    }

    [Fact]
    public void Only_forwarded_requests_have_a_wire_form()
    {
        Assert.Throws<ArgumentException>(() => PipeProtocol.Encode(LaunchRequest.Background));
        Assert.Throws<ArgumentException>(() => PipeProtocol.Encode(LaunchRequest.Invalid(LaunchProblemText.CheckWithoutFiles)));
        Assert.True(LaunchRequest.Show.IsForwarded);
        Assert.False(LaunchRequest.Background.IsForwarded);
    }
}
