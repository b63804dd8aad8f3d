using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

/// <summary>A file opened once, then tried with passwords; every answer a value.</summary>
public sealed class ExportSourceTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private readonly WorkFolder _work = new("altid-source-");

    public void Dispose() => _work.Dispose();

    private static CertificateExporter Over(FaultyFileSystem disk) => new(null, () => TestClock.Now, disk);

    [Fact]
    public void The_file_is_read_once_however_many_passwords_are_tried()
    {
        var source = _work.Write("Testfirma.p12", Pkcs12Factory.Build(Chain, "rigtigt"));
        var disk = new FaultyFileSystem((_, _) => null);

        var file = Over(disk).Open(source);
        var wrong = file.TryPassword("forkert", ExportChoices.Default);
        var wrongAgain = file.TryPassword("også forkert", ExportChoices.Default);
        var right = file.TryPassword("rigtigt", ExportChoices.Default).Exported();

        Assert.IsType<ExportAttempt.WrongPassword>(wrong);
        Assert.IsType<ExportAttempt.WrongPassword>(wrongAgain);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(right.OutputPath));
        Assert.Equal(1, disk.Calls.Count(call => call == nameof(FaultyFileSystem.ReadAllBytes)));
    }

    [Fact]
    public void A_wrong_password_is_a_value_with_its_text()
    {
        var source = _work.Write("Testfirma.p12", Pkcs12Factory.Build(Chain, "rigtigt"));

        var wrong = Assert.IsType<ExportAttempt.WrongPassword>(TestExporter.Instance.Open(source).TryPassword("forkert", ExportChoices.Default));

        Assert.Equal(ExportErrorKind.WrongPassword, wrong.Kind);
        Assert.StartsWith("The password is wrong.", wrong.Text.English);
        Assert.Equal(new[] { "Testfirma.p12" }, _work.Files());
    }

    [Fact]
    public void A_file_changed_after_opening_is_exported_as_it_was_opened()
    {
        var source = _work.Write("Testfirma.p12", Pkcs12Factory.Build(Chain, "pw"));
        var file = TestExporter.Instance.Open(source);
        File.WriteAllBytes(source, "noget helt andet"u8.ToArray());

        var result = file.TryPassword("pw", ExportChoices.Default).Exported();

        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
    }

    [Fact]
    public void A_file_that_cannot_be_opened_needs_no_password_and_answers_every_try_with_the_reason()
    {
        var file = TestExporter.Instance.Open(_work.Write("Testfirma.p12", "ikke et certifikat"u8.ToArray()));

        Assert.False(file.NeedsPassword);
        Assert.Equal(ExportErrorKind.NotPkcs12, file.TryPassword(null, ExportChoices.Default).Stopped().Kind);
        Assert.Equal(ExportErrorKind.NotPkcs12, file.TryRead("pw").Stopped().Kind);
    }

    [Fact]
    public void Several_leaves_ask_which_one_and_the_answer_exports_it()
    {
        var other = CertificateFactory.Oces3System(TestClock.Now, name: "Andet");
        var source = _work.Write("To.p12", Pkcs12Factory.Build(new[] { Chain.Leaf, other.Leaf }, null, "pw", new Pkcs12Layout { WithKey = false }));
        var file = TestExporter.Instance.Open(source);

        var question = Assert.IsType<ExportAttempt.ChooseCertificate>(file.TryPassword("pw", ExportChoices.Default));
        var chosen = question.Candidates.Single(c => c.CertificateName == "Andet").Sha256Fingerprint;
        var result = file.TryPassword("pw", ExportChoices.Default with { SelectedSha256 = chosen }).Exported();

        Assert.Equal(ExportErrorKind.SeveralCertificates, question.Kind);
        Assert.Equal(other.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
    }

    [Fact]
    public void The_password_that_opened_the_file_is_still_checked_on_the_next_try()
    {
        var source = _work.Write("Testfirma.p12", Pkcs12Factory.Build(Chain, "rigtigt"));
        var file = TestExporter.Instance.Open(source);
        Assert.IsType<ExportAttempt.Read>(file.TryRead("rigtigt"));

        Assert.IsType<ExportAttempt.WrongPassword>(file.TryPassword("forkert", ExportChoices.Default));
    }

    [Fact]
    public void Reading_writes_nothing()
    {
        var source = _work.Write("Testfirma.p12", Pkcs12Factory.Build(Chain, "pw"));

        var read = TestExporter.Instance.Open(source).TryRead("pw").Summary();

        Assert.Equal(Chain.Leaf.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256), read.Sha256Fingerprint.Replace(":", ""));
        Assert.Equal(new[] { "Testfirma.p12" }, _work.Files());
    }

    [Fact]
    public void A_cancelled_try_stops_and_writes_nothing()
    {
        var source = _work.Write("Testfirma.p12", Pkcs12Factory.Build(Chain, "pw"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => TestExporter.Instance.Open(source).TryPassword("pw", ExportChoices.Default, cancelled.Token));
        Assert.Equal(new[] { "Testfirma.p12" }, _work.Files());
    }
}
