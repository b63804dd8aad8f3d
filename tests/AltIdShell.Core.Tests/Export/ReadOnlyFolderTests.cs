using System.Diagnostics;
using AltIdShell.Core.Errors;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

/// <summary>
/// A real read-only folder. Root ignores permission bits, so when the tests run as root (as CI does) the folder is
/// also made immutable with chattr +i, which binds root too.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyFolderTests : IDisposable
{
    private readonly WorkFolder _work = new("altid-readonly-");

    public void Dispose()
    {
        Chattr("-i");
        File.SetUnixFileMode(_work.Info.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _work.Dispose();
    }

    [Fact]
    public void Exporting_into_a_read_only_folder_says_so_and_leaves_nothing()
    {
        var source = _work.PathOf("Testfirma.p12");
        File.WriteAllBytes(source, Pkcs12Factory.Build(CertificateFactory.Oces3System(TestClock.Now), "pw"));
        File.SetUnixFileMode(_work.Info.FullName, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        if (Environment.UserName == "root")
            Chattr("+i");

        var error = TestExporter.Instance.Export(new ExportCall(source, "pw")).Stopped();

        Assert.Equal(ExportErrorKind.AccessDenied, error.Kind);
        Assert.Contains("read-only", error.Text.English);
        Assert.Equal(new[] { "Testfirma.p12" }, _work.Info.GetFiles().Select(f => f.Name));
    }

    private void Chattr(string flag)
    {
        if (Environment.UserName != "root")
            return;
        using var chattr = Process.Start("chattr", new[] { flag, _work.Info.FullName });
        chattr.WaitForExit();
        Assert.Equal(0, chattr.ExitCode);
    }
}
