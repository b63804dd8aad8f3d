using AltIdShell.Core.Certificates;
using AltIdShell.Desktop.Recent;
using AltIdShell.Desktop.Reminders;
using AltIdShell.TestSupport;
using static AltIdShell.Desktop.Tests.Reminders.SampleCertificates;

namespace AltIdShell.Desktop.Tests.Reminders;

public class RenewalReminderPlannerTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private static IReadOnlyList<RenewalReminder> Due(ReminderState state, params RecentExport[] recent) =>
        RenewalReminderPlanner.Due(recent, state, Now);

    [Theory]
    [InlineData(90.5, null)]
    [InlineData(61.5, null)]
    [InlineData(60.5, 60)]
    [InlineData(45.5, 60)]
    [InlineData(30.5, 30)]
    [InlineData(8.5, 30)]
    [InlineData(7.5, 7)]
    [InlineData(0.5, 7)]
    [InlineData(-0.5, null)]
    public void The_most_urgent_threshold_crossed_is_due_until_expiry(double daysLeft, int? threshold)
    {
        var due = Due(ReminderState.Empty, Expiring(daysLeft));
        Assert.Equal(threshold, due.SingleOrDefault()?.Threshold);
    }

    [Fact]
    public void Each_threshold_reminds_once_and_the_next_one_reminds_again()
    {
        var state = ReminderState.Empty;
        var remindedOn = new List<int>();
        // The tray asks once a day, from 70 days before expiry until the day it expires.
        for (var day = 70; day >= 0; day--)
        {
            foreach (var reminder in RenewalReminderPlanner.Due(new[] { Expiring(70.5) }, state, Now.AddDays(70 - day)))
            {
                remindedOn.Add(reminder.DaysLeft);
                state = state.WithReminded(reminder);
            }
        }
        Assert.Equal(new[] { 60, 30, 7 }, remindedOn);
    }

    [Fact]
    public void A_tray_that_was_off_at_sixty_days_reminds_once_at_thirty_not_twice()
    {
        var reminder = Assert.Single(Due(ReminderState.Empty, Expiring(20.5)));
        Assert.Equal(30, reminder.Threshold);
        Assert.Empty(Due(ReminderState.Empty.WithReminded(reminder), Expiring(20.5)));
    }

    [Fact]
    public void No_reminder_for_a_certificate_the_user_stopped_reminding_about()
    {
        var state = ReminderState.Empty.WithSilenced("aa");
        Assert.Empty(Due(state, Expiring(5.5, sha256: "AA")));
    }

    [Fact]
    public void No_reminder_for_a_certificate_a_newer_one_with_the_same_cvr_and_name_superseded()
    {
        var old = Expiring(20.5, sha256: "AA");
        var renewed = Expiring(1000, sha256: "BB");
        Assert.Empty(Due(ReminderState.Empty, old, renewed));
    }

    [Fact]
    public void A_newer_certificate_of_another_name_or_cvr_supersedes_nothing()
    {
        Assert.Single(Due(ReminderState.Empty, Expiring(20.5, sha256: "AA"), Expiring(1000, sha256: "BB", name: "Andet system")));
        Assert.Single(Due(ReminderState.Empty, Expiring(20.5, sha256: "AA"), Expiring(1000, sha256: "BB", cvr: "87654321")));
    }

    [Fact]
    public void Only_oces3_organisation_and_system_certificates_are_reminded_about()
    {
        Assert.Empty(Due(ReminderState.Empty, Expiring(20.5, kind: CertificateKind.Oces3Employee)));
        Assert.Empty(Due(ReminderState.Empty, Expiring(20.5, kind: CertificateKind.Other)));
    }

    [Fact]
    public void One_certificate_exported_to_two_places_is_reminded_about_once()
    {
        var due = Due(ReminderState.Empty, Expiring(20.5, outputPath: "/a/x.cer"), Expiring(20.5, outputPath: "/b/x.cer"));
        Assert.Equal("/a/x.cer", Assert.Single(due).Certificate.OutputPath);
    }

    [Fact]
    public void Fingerprints_match_with_or_without_colons_in_any_case()
    {
        var state = ReminderState.Empty.WithReminded(new RenewalReminder(Expiring(20.5, sha256: "aa:bb"), 30, 20));
        Assert.Empty(Due(state, Expiring(20.5, sha256: "AABB")));
    }
}
