using AltIdShell.Core.Certificates;
using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>
/// The administrator's guides (docs/vejledning.md, docs/guide.md) quote what altid-export inspect says about the form
/// of a file before it is uploaded; the verdict's reasons are checked in AltIdShell.Desktop.Tests.
/// </summary>
public sealed class AdministratorGuideTests
{
    [Fact]
    public void Both_guides_quote_what_inspect_says_about_the_form_of_a_file()
    {
        var texts = new[] { CerFormText.UploadForm, CerFormText.Pem, CerFormText.Ber, CerFormText.Pkcs7, CerFormText.OtherData, CerFormText.Several.Format(3) };
        foreach (var text in texts)
        {
            AdministratorGuides.AssertQuotes(AdministratorGuides.DanishName, AdministratorGuides.Danish, text.Danish, "3");
            AdministratorGuides.AssertQuotes(AdministratorGuides.EnglishName, AdministratorGuides.English, text.English, "3");
        }
    }
}
