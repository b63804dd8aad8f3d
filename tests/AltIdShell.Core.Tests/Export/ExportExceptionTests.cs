using System.Reflection;
using AltIdShell.Core.Errors;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

public class ExportExceptionTests
{
    [Fact]
    public void Nothing_is_set_on_an_error_after_it_is_built()
    {
        var settable = typeof(ExportException).GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod != null)
            .Select(p => p.Name);

        Assert.Empty(settable);
    }

    [Fact]
    public void Several_certificates_carry_the_candidates_and_no_existing_path()
    {
        var candidates = new[] { SampleResults.Summary(name: "en"), SampleResults.Summary(name: "to") };

        var error = ExportErrors.SeveralCertificates(ExportErrorText.SeveralCertificates.Format(2), candidates);

        Assert.Equal(ExportErrorKind.SeveralCertificates, error.Kind);
        Assert.Same(candidates, error.Candidates);
        Assert.Null(error.ExistingPath);
    }

    [Fact]
    public void A_cer_in_the_way_carries_its_path_and_no_candidates()
    {
        var error = ExportErrors.OutputExists("/ud/Testfirma.cer", whyKept: null);

        Assert.Equal(ExportErrorKind.OutputExists, error.Kind);
        Assert.Equal("/ud/Testfirma.cer", error.ExistingPath);
        Assert.Empty(error.Candidates);
    }

    [Fact]
    public void Other_kinds_carry_neither()
    {
        var error = ExportErrors.WrongPassword();

        Assert.Empty(error.Candidates);
        Assert.Null(error.ExistingPath);
    }
}
