using AltIdShell.Core.Certificates;
using AltIdShell.Desktop.Activation;
using AltIdShell.Desktop.Recent;

namespace AltIdShell.Desktop.Tests.Recent;

/// <summary>A notification button's URI acts only on a .cer in the user's own recent list, whoever crafted it.</summary>
public class RecentActivationTests
{
    private static readonly RecentExport Ours = new(
        @"C:\Users\Åse\Testfirma.cer", @"C:\Users\Åse\Testfirma.p12", "Testfirma A/S", "12345678", "AltID system",
        new DateTimeOffset(2029, 6, 30, 0, 0, 0, TimeSpan.Zero), CertificateEnvironment.Production, CertificateKind.Oces3OrganisationOrSystem,
        "AA:BB", new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero));

    private static ActivationCommand Command(string path) => new(ActivationAction.OpenFolder, path);

    [Fact]
    public void A_cer_in_the_list_is_acted_on_whatever_the_case_of_its_path() =>
        Assert.Same(Ours, RecentActivation.Target(Command(@"c:\users\åse\TESTFIRMA.cer"), new[] { Ours }, _ => true));

    [Fact]
    public void A_cer_outside_the_list_is_not() =>
        Assert.Null(RecentActivation.Target(Command(@"C:\Windows\System32\evil.cer"), new[] { Ours }, _ => true));

    [Fact]
    public void Nothing_is_acted_on_with_an_empty_list() =>
        Assert.Null(RecentActivation.Target(Command(Ours.OutputPath), Array.Empty<RecentExport>(), _ => true));

    [Fact]
    public void A_listed_cer_that_is_gone_is_not()
    {
        var asked = new List<string>();
        Assert.Null(RecentActivation.Target(Command(Ours.OutputPath), new[] { Ours }, p => { asked.Add(p); return false; }));
        Assert.Equal(new[] { Ours.OutputPath }, asked);
    }
}
