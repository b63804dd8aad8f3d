using AltIdShell.Desktop.Recent;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Recent;

public class RecentExportTests
{
    [Fact]
    public void A_certificate_exported_from_the_store_is_recorded_with_the_store_as_its_source()
    {
        var entry = RecentExport.From(@"CurrentUser\My", SampleResults.Result(@"C:\Users\a\Documents\AltID system.cer"), TestClock.Now);
        Assert.Equal(@"CurrentUser\My", entry.SourcePath);
        Assert.Equal(@"C:\Users\a\Documents\AltID system.cer", entry.OutputPath);
        Assert.Equal("AltID system", entry.CertificateName);
    }
}
