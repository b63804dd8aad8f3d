using AltIdShell.Desktop.Reminders;
using static AltIdShell.Desktop.Tests.Reminders.SampleCertificates;

namespace AltIdShell.Desktop.Tests.Reminders;

public class SupersessionTests
{
    [Fact]
    public void A_later_expiring_certificate_with_the_same_cvr_and_name_supersedes()
    {
        var old = Expiring(10, sha256: "AA");
        var renewed = Expiring(1000, sha256: "BB");
        Assert.True(Supersession.IsSuperseded(old, new[] { old, renewed }));
        Assert.False(Supersession.IsSuperseded(renewed, new[] { old, renewed }));
    }

    [Fact]
    public void Without_a_cvr_nothing_is_known_to_be_the_same_organisation()
    {
        var old = Expiring(10, sha256: "AA", cvr: null);
        Assert.False(Supersession.IsSuperseded(old, new[] { old, Expiring(1000, sha256: "BB", cvr: null) }));
    }

    [Fact]
    public void The_same_certificate_exported_twice_does_not_supersede_itself()
    {
        var first = Expiring(10, sha256: "AA:BB", outputPath: "/a.cer");
        Assert.False(Supersession.IsSuperseded(first, new[] { first, Expiring(10, sha256: "aabb", outputPath: "/b.cer") }));
    }

    [Fact]
    public void The_certificate_name_must_match_exactly()
    {
        var old = Expiring(10, sha256: "AA", name: "System");
        Assert.False(Supersession.IsSuperseded(old, new[] { old, Expiring(1000, sha256: "BB", name: "System 2") }));
    }
}
