using System.Globalization;
using AltIdShell.Desktop.TopLevelMenu;

namespace AltIdShell.Desktop.Tests.TopLevelMenu;

/// <summary>Windows' refusal of the package registration, as the one sentence a person reads (review W3-C1).</summary>
public class PackageRegistrationFailureTests
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData(0x800B0109, PackageRegistrationProblem.NotTrusted)] // CERT_E_UNTRUSTEDROOT: a self-signed build
    [InlineData(0x800B010A, PackageRegistrationProblem.NotTrusted)] // CERT_E_CHAINING
    [InlineData(0x800B0100, PackageRegistrationProblem.NotTrusted)] // TRUST_E_NOSIGNATURE: an unsigned build
    [InlineData(0x80073CFF, PackageRegistrationProblem.BlockedByPolicy)] // ERROR_INSTALL_POLICY_FAILURE
    [InlineData(0x80073D01, PackageRegistrationProblem.BlockedByPolicy)] // ERROR_DEPLOYMENT_BLOCKED_BY_POLICY
    [InlineData(0x80070005, PackageRegistrationProblem.BlockedByPolicy)] // E_ACCESSDENIED
    [InlineData(0x80004002, PackageRegistrationProblem.NotSupported)] // E_NOINTERFACE: no IPackageManager9
    [InlineData(0x80040154, PackageRegistrationProblem.NotSupported)] // REGDB_E_CLASSNOTREG
    [InlineData(0x80073CF6, PackageRegistrationProblem.Other)] // ERROR_INSTALL_REGISTRATION_FAILURE
    [InlineData(0x80004005, PackageRegistrationProblem.Other)] // E_FAIL
    public void Windows_answers_map_to_what_a_person_can_act_on(uint hresult, PackageRegistrationProblem problem) =>
        Assert.Equal(problem, PackageRegistrationFailure.Classify(unchecked((int)hresult)));

    [Theory]
    [InlineData(0x800B0109, "ikke stoler på", "does not trust")]
    [InlineData(0x80073D01, "politik", "policy")]
    [InlineData(0x80004002, "kræver Windows 11", "needs Windows 11")]
    [InlineData(0x80073CF6, "0x80073CF6", "0x80073CF6")]
    public void The_sentence_says_why_in_the_users_language_and_no_XML(uint hresult, string danish, string english)
    {
        var code = unchecked((int)hresult);
        var da = PackageRegistrationFailure.Sentence(code, Danish);
        var en = PackageRegistrationFailure.Sentence(code, English);
        Assert.Contains(danish, da, StringComparison.Ordinal);
        Assert.Contains(english, en, StringComparison.Ordinal);
        Assert.Contains("Vis flere indstillinger", da, StringComparison.Ordinal);
        Assert.Contains("Show more options", en, StringComparison.Ordinal);
        Assert.DoesNotContain("<", da + en, StringComparison.Ordinal);
        Assert.Equal(1, en.Count(c => c == '.'));
    }
}
