using System.Reflection;
using AltIdShell.Core.Export;

namespace AltIdShell.Core.Tests.Export;

public class ExportRequestTests
{
    private const string Secret = "Hemmelig-Ærø-7731";

    private static ExportRequest Shaped(string? password) => new ExportRequest("/certifikater/Testfirma.p12", password) with
    {
        Format = CerFormat.Pem,
        OutputDirectory = "/ud",
        ExistingFile = ExistingFileChoice.KeepBoth,
        SelectedSha256 = "AA:BB",
    };

    [Fact]
    public void Its_text_never_shows_the_password()
    {
        var request = Shaped(Secret);

        Assert.DoesNotContain(Secret, request.ToString());
        Assert.DoesNotContain(Secret, (request with { Format = CerFormat.Der }).ToString());
        Assert.Contains("Password = (set)", request.ToString());
    }

    [Fact]
    public void Its_text_tells_no_password_from_a_password()
    {
        Assert.Contains("Password = (none)", Shaped(null).ToString());
        Assert.Contains("Password = (set)", Shaped("").ToString());
    }

    [Fact]
    public void Its_text_shows_every_other_member()
    {
        var text = Shaped(Secret).ToString();

        var members = typeof(ExportRequest).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != nameof(ExportRequest.Password));
        Assert.All(members, p => Assert.Contains(p.Name + " = " + p.GetValue(Shaped(Secret)), text));
    }

    [Fact]
    public void A_changed_copy_leaves_the_original_as_it_was()
    {
        var original = new ExportRequest("/a.p12", "pw");

        var copy = original with { ExistingFile = ExistingFileChoice.Replace, SelectedSha256 = "AA:BB", Password = "andet" };

        Assert.Equal(ExistingFileChoice.Replace, copy.ExistingFile);
        Assert.Equal("AA:BB", copy.SelectedSha256);
        Assert.Equal("/a.p12", copy.SourcePath);
        Assert.Equal(ExistingFileChoice.Ask, original.ExistingFile);
        Assert.Null(original.SelectedSha256);
        Assert.Equal("pw", original.Password);
        Assert.Equal(new ExportRequest("/a.p12", "pw"), original);
    }
}
