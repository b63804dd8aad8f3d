using System.Text.Json;
using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>What a person reads: times in local time with the zone said, and JSON for scripts in UTC.</summary>
public sealed class OutputWordingTests : IDisposable
{
    private const string Password = "pw";
    private static readonly DateTimeOffset NotAfter = new(2027, 6, 7, 14, 0, 0, TimeSpan.Zero);
    private readonly WorkFolder _work = new("altid-wording-");

    public void Dispose() => _work.Dispose();

    private string P12() => _work.Write("Testfirma.p12", Pkcs12Factory.Build(CertificateFactory.Oces3System(TestClock.Now, notAfter: NotAfter), Password));

    [Theory]
    [InlineData("da_DK.UTF-8", "  Gyldig til:       2027-06-07 16:00 (dansk tid)")]
    [InlineData("en_GB.UTF-8", "  Valid until:      2027-06-07 16:00 (Danish time)")]
    public void Times_are_in_local_time_with_the_zone_said(string language, string expected)
    {
        var result = CliRunner.Run(new[] { "inspect", "--password-stdin", P12() }, Password, language);

        Assert.Contains(expected + Environment.NewLine, result.Stdout);
        Assert.DoesNotContain("UTC", result.Stdout);
    }

    [Fact]
    public void JSON_stays_in_UTC()
    {
        var result = CliRunner.Run(new[] { "inspect", "--json", "--password-stdin", P12() }, Password);

        var notAfter = JsonDocument.Parse(result.Stdout).RootElement[0].GetProperty("certificate").GetProperty("notAfter").GetString();
        Assert.Equal("2027-06-07T14:00:00.0000000Z", notAfter);
    }
}
