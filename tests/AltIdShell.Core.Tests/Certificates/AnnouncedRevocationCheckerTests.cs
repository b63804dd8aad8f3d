using AltIdShell.Core.Certificates;

namespace AltIdShell.Core.Tests.Certificates;

/// <summary>The start and end of an OCSP request are said, around the request and even when it fails.</summary>
public sealed class AnnouncedRevocationCheckerTests
{
    private sealed class Recording(List<string> events, Func<RevocationAnswer> answer) : IRevocationChecker
    {
        public RevocationAnswer Check(ParsedCertificate leaf, ParsedCertificate issuingCa)
        {
            events.Add("request");
            return answer();
        }
    }

    [Fact]
    public void Asking_is_said_before_the_request_and_its_end_after()
    {
        var events = new List<string>();
        var checker = new AnnouncedRevocationChecker(new Recording(events, () => RevocationAnswer.Good), asking => events.Add(asking ? "asking" : "done"));

        Assert.Equal(RevocationAnswer.Good, checker.Check(null!, null!));
        Assert.Equal(new[] { "asking", "request", "done" }, events);
    }

    [Fact]
    public void The_end_is_said_when_the_request_throws()
    {
        var events = new List<string>();
        var checker = new AnnouncedRevocationChecker(new Recording(events, () => throw new InvalidOperationException()), asking => events.Add(asking ? "asking" : "done"));

        Assert.Throws<InvalidOperationException>(() => checker.Check(null!, null!));
        Assert.Equal(new[] { "asking", "request", "done" }, events);
    }
}
