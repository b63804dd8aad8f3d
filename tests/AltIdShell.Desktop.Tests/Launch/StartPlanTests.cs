using AltIdShell.Desktop.Launch;

namespace AltIdShell.Desktop.Tests.Launch;

public class StartPlanTests
{
    private static readonly LaunchRequest Export = LaunchRequest.Export(new[] { @"C:\a\One.p12" });
    private static readonly LaunchRequest Activate = LaunchRequest.Activate("altidshell:copy-path?path=C%3A%5Ca.cer");

    public static TheoryData<LaunchRequest, StartAction> FirstNormalStart => new()
    {
        { LaunchRequest.Show, StartAction.BecomeTray },
        { LaunchRequest.Background, StartAction.BecomeTray },
        { Export, StartAction.BecomeTray },
        { Activate, StartAction.BecomeTray },
        // Nothing runs that could exit: an installer's --exit starts no tray.
        { LaunchRequest.Exit, StartAction.Nothing },
    };

    [Theory]
    [MemberData(nameof(FirstNormalStart))]
    public void The_first_normal_start_becomes_the_tray(LaunchRequest request, StartAction expected) =>
        Assert.Equal(expected, StartPlan.For(request, isFirstInstance: true, isElevated: false));

    public static TheoryData<LaunchRequest, StartAction> LaterStart => new()
    {
        { LaunchRequest.Show, StartAction.Forward },
        { Export, StartAction.Forward },
        { LaunchRequest.Check(new[] { @"C:\a\Firma.cer" }), StartAction.Forward },
        { Activate, StartAction.Forward },
        { LaunchRequest.Exit, StartAction.Forward },
        { LaunchRequest.Background, StartAction.Nothing },
    };

    [Theory]
    [MemberData(nameof(LaterStart))]
    public void A_later_start_forwards_or_does_nothing_elevated_or_not(LaunchRequest request, StartAction expected)
    {
        Assert.Equal(expected, StartPlan.For(request, isFirstInstance: false, isElevated: false));
        Assert.Equal(expected, StartPlan.For(request, isFirstInstance: false, isElevated: true));
    }

    public static TheoryData<LaunchRequest, StartAction> FirstElevatedStart => new()
    {
        { LaunchRequest.Show, StartAction.DoOnceAndExit },
        { Export, StartAction.DoOnceAndExit },
        { Activate, StartAction.DoOnceAndExit },
        // The per-machine installer's start of the tray, elevated: no resident tray that serves the user elevated.
        { LaunchRequest.Background, StartAction.Nothing },
        { LaunchRequest.Exit, StartAction.Nothing },
    };

    [Theory]
    [MemberData(nameof(FirstElevatedStart))]
    public void An_elevated_start_never_stays_resident(LaunchRequest request, StartAction expected) =>
        Assert.Equal(expected, StartPlan.For(request, isFirstInstance: true, isElevated: true));

    [Fact]
    public void A_failed_forward_does_an_export_once_and_drops_the_rest_silently()
    {
        Assert.Equal(StartAction.DoOnceAndExit, StartPlan.AfterFailedForward(Export));
        Assert.Equal(StartAction.DoOnceAndExit, StartPlan.AfterFailedForward(LaunchRequest.Check(new[] { @"C:\a\Firma.cer" })));
        Assert.Equal(StartAction.Nothing, StartPlan.AfterFailedForward(LaunchRequest.Show));
        Assert.Equal(StartAction.Nothing, StartPlan.AfterFailedForward(Activate));
        Assert.Equal(StartAction.Nothing, StartPlan.AfterFailedForward(LaunchRequest.Exit));
    }

    [Fact]
    public void Fifteen_bad_URI_starts_from_a_web_page_show_nothing()
    {
        var request = LaunchParser.Parse(new[] { "altidshell:format-disk?path=x.cer" }, null, PathStyle.Windows, _ => true);
        foreach (var first in new[] { true, false })
            Assert.Equal(StartAction.Nothing, StartPlan.For(request, first, isElevated: false));
    }

    [Fact]
    public void A_bad_path_from_a_person_is_explained_wherever_it_starts()
    {
        var request = LaunchParser.Parse(new[] { "relative.p12" }, null, PathStyle.Windows, _ => true);
        foreach (var first in new[] { true, false })
            Assert.Equal(StartAction.TellUser, StartPlan.For(request, first, isElevated: false));
    }
}
