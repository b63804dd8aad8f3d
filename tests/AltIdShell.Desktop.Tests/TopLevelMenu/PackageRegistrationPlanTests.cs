using AltIdShell.Desktop.TopLevelMenu;

namespace AltIdShell.Desktop.Tests.TopLevelMenu;

public class PackageRegistrationPlanTests
{
    private static readonly Version Windows11 = new(10, 0, 22631);
    private static readonly Version Windows10 = new(10, 0, 19045);

    [Fact]
    public void The_first_run_on_Windows_11_registers() =>
        Assert.True(PackageRegistrationPlan.NeedsRegistration(null, "0.1.0", Windows11, packageShipped: true));

    [Fact]
    public void A_version_already_registered_is_left_alone() =>
        Assert.False(PackageRegistrationPlan.NeedsRegistration("0.1.0", "0.1.0", Windows11, packageShipped: true));

    [Fact]
    public void An_upgrade_registers_again() =>
        Assert.True(PackageRegistrationPlan.NeedsRegistration("0.1.0", "0.2.0", Windows11, packageShipped: true));

    [Fact]
    public void Windows_10_never_registers() =>
        Assert.False(PackageRegistrationPlan.NeedsRegistration(null, "0.1.0", Windows10, packageShipped: true));

    [Fact]
    public void A_build_without_the_package_never_registers() =>
        Assert.False(PackageRegistrationPlan.NeedsRegistration(null, "0.1.0", Windows11, packageShipped: false));

    [Fact]
    public void A_failure_is_said_once_per_version()
    {
        Assert.True(PackageRegistrationPlan.ReportsFailure(null, "0.1.0"));
        Assert.False(PackageRegistrationPlan.ReportsFailure("0.1.0", "0.1.0"));
        Assert.True(PackageRegistrationPlan.ReportsFailure("0.1.0", "0.2.0"));
    }
}
