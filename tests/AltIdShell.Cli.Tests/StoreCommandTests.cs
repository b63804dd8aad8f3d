using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using AltIdShell.Core.Store;
using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>
/// altid-export store against a store of the test's own, and twice against .NET's real CurrentUser\My store on Linux,
/// in a home folder of the test's own, so the developer's store is never read or changed. The certificate goes in with its private key, as the official guide's
/// import leaves it; what comes out is the public certificate alone. A generated certificate does not verify under
/// the embedded OCES3 anchors, so here it is listed among "the others" as unsuitable; the ranking of verified OCES3
/// certificates is tested on the real ones (StoreCertificateListerTests).
/// </summary>
public sealed class StoreCommandTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain =
        CertificateFactory.Oces3System(TestClock.Now, organisation: "Lagerfirma ApS", name: "Lagerfirma systemcertifikat");
    private static readonly X509Certificate2 Other = CertificateFactory.SelfSigned("VPN-klient", TestClock.Now);
    private readonly WorkFolder _home = new("altid-store-home-");
    private readonly WorkFolder _output = new("altid-store-out-");

    public StoreCommandTests()
    {
        AddToUserStore(Chain.Leaf);
        AddToUserStore(Other);
    }

    public void Dispose()
    {
        _home.Dispose();
        _output.Dispose();
    }

    private static string Sha256(X509Certificate2 certificate) => Convert.ToHexString(SHA256.HashData(certificate.RawData));

    /// <summary>
    /// Where and how .NET on Linux keeps CurrentUser\My: one PKCS#12 per certificate, named by its thumbprint, under
    /// ~/.dotnet/corefx/cryptography/x509stores/my. Written here because .NET fixes a process's store folder at its
    /// first use, so only the child process can be pointed at a home of its own.
    /// </summary>
    private void AddToUserStore(X509Certificate2 certificate)
    {
        var store = Directory.CreateDirectory(Path.Combine(_home.Info.FullName, ".dotnet", "corefx", "cryptography", "x509stores", "my"));
        File.WriteAllBytes(Path.Combine(store.FullName, certificate.Thumbprint + ".pfx"), certificate.Export(X509ContentType.Pkcs12));
    }

    private CliRunner.Result Run(string language, params string[] arguments) =>
        CliRunner.Run(arguments, language: language, currentFolder: _output.Info.FullName, store: new CliRunner.StoreContentsSource(new StoreContents(
            new[] { Chain.Leaf, Other }.Select(c => new StoreEntry(CertificateStoreLocation.CurrentUser, c.RawData)).ToList(),
            Array.Empty<CertificateStoreLocation>())));

    /// <summary>altid-export in its own process, which reads the store in <see cref="_home"/>.</summary>
    private CliRunner.Result RunProcess(params string[] arguments) =>
        CliProcess.Run(arguments, environment: new Dictionary<string, string> { ["HOME"] = _home.Info.FullName },
            workingDirectory: _output.Info.FullName);

    [Fact]
    public void List_hides_what_is_not_a_verified_oces3_certificate_until_asked()
    {
        var result = Run("en_GB.UTF-8", "store", "list");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Lagerfirma", result.Stdout);
        Assert.DoesNotContain("VPN-klient", result.Stdout);
        Assert.Contains("No OCES3 organisation or system certificates in the certificate store.", result.Stdout);
        Assert.Contains("Certificates other than OCES3 organisation and system certificates: 2; list them with --all.", result.Stdout);

        var all = Run("en_GB.UTF-8", "store", "list", "--all");
        Assert.Matches("\nUnsuitable +[0-9-]{10} +12345678 +" + Chain.Leaf.Thumbprint + "  Lagerfirma systemcertifikat\n", all.Stdout);
        Assert.Matches("\nUnsuitable +[0-9-]{10} +– +" + Other.Thumbprint + "  VPN-klient\n", all.Stdout);
    }

    [Fact]
    public void List_gives_one_row_per_certificate_under_a_header_and_names_the_machine_store_only()
    {
        var result = CliRunner.Run(new[] { "store", "list", "--all" }, store: new CliRunner.StoreContentsSource(new StoreContents(
            new[] { new StoreEntry(CertificateStoreLocation.CurrentUser, Chain.Leaf.RawData), new StoreEntry(CertificateStoreLocation.LocalMachine, Other.RawData) },
            Array.Empty<CertificateStoreLocation>())));

        var lines = result.Stdout.Split('\n');
        Assert.Matches("^AltID +Valid until +CVR +SHA-1 +Certificate name$", lines[0]);
        Assert.EndsWith("Lagerfirma systemcertifikat", lines[1]);
        Assert.EndsWith(@"  VPN-klient (LocalMachine\My)", lines[2]);
        Assert.Equal("", lines[3]);
        Assert.StartsWith("Export one with: altid-export store export", lines[4]);
    }

    [Fact]
    public void List_speaks_danish_to_a_danish_user()
    {
        var result = Run("da_DK.UTF-8", "store", "list", "--all");
        Assert.Contains("Ikke egnet", result.Stdout);
        Assert.Contains("Gyldig til", result.Stdout);
        Assert.DoesNotContain("Valid", result.Stdout);
    }

    [Fact]
    public void List_as_json_gives_each_certificate_with_its_store_and_label()
    {
        var result = Run("en_GB.UTF-8", "store", "list", "--all", "--json");
        Assert.Equal(0, result.ExitCode);
        var listed = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, listed.Count);
        Assert.All(listed, l => Assert.Equal(@"CurrentUser\My", l.GetProperty("store").GetString()));
        Assert.All(listed, l => Assert.Equal("unsuitable", l.GetProperty("altIdLabel").GetString()));
        Assert.Contains(listed, l => l.GetProperty("certificate").GetProperty("sha256").GetString()!.Replace(":", "") == Sha256(Chain.Leaf));
    }

    [Fact]
    public void Export_writes_the_public_certificate_from_the_real_store_byte_for_byte_and_never_the_key()
    {
        var result = RunProcess("store", "export", Sha256(Chain.Leaf).ToLowerInvariant(), "--out", _output.Info.FullName);
        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        var cer = _output.PathOf("Lagerfirma systemcertifikat.cer");
        Assert.Contains("Exported: " + cer, result.Stdout);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(cer));
        Assert.Single(_output.Info.GetFiles());
        Assert.False(X509CertificateLoader.LoadCertificateFromFile(cer).HasPrivateKey);
    }

    [Fact]
    public void Export_takes_the_fingerprint_with_colons_as_inspect_prints_it_and_writes_to_the_current_folder_by_default()
    {
        var withColons = string.Join(":", Sha256(Chain.Leaf).Chunk(2).Select(pair => new string(pair)));
        Assert.Equal(ExitCodes.NotSuitable, Run("en_GB.UTF-8", "store", "export", withColons).ExitCode);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(_output.PathOf("Lagerfirma systemcertifikat.cer")));
    }

    [Fact]
    public void Export_never_overwrites_a_different_file_without_being_told()
    {
        var cer = _output.PathOf("Lagerfirma systemcertifikat.cer");
        File.WriteAllText(cer, "an older certificate");

        var refused = Run("en_GB.UTF-8", "store", "export", Sha256(Chain.Leaf), "--out", _output.Info.FullName);
        Assert.Equal(7, refused.ExitCode);
        Assert.Equal("an older certificate", File.ReadAllText(cer));

        Assert.Equal(ExitCodes.NotSuitable, Run("en_GB.UTF-8", "store", "export", Sha256(Chain.Leaf), "--out", _output.Info.FullName, "--keep-both").ExitCode);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(_output.PathOf("Lagerfirma systemcertifikat (2).cer")));
        Assert.Equal("an older certificate", File.ReadAllText(cer));
    }

    [Fact]
    public void Export_of_a_fingerprint_not_in_the_store_says_so_and_writes_nothing()
    {
        var result = Run("en_GB.UTF-8", "store", "export", new string('A', 64), "--out", _output.Info.FullName);
        Assert.Equal(6, result.ExitCode);
        Assert.Contains("No certificate in the certificate store has the fingerprint given", result.Stderr);
        Assert.DoesNotContain("AAAA", result.All);
        Assert.Empty(_output.Info.GetFiles());
    }

    [Fact]
    public void An_empty_store_is_listed_as_empty_not_as_unreadable()
    {
        Directory.Delete(_home.PathOf(".dotnet"), recursive: true);
        var result = RunProcess("store", "list");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No OCES3 organisation or system certificates in the certificate store.", result.Stdout);
        Assert.DoesNotContain(@"CurrentUser\My could not be read", result.Stderr);
    }

    [Fact]
    public void Export_takes_the_SHA1_thumbprint_certmgr_shows_and_a_unique_start_of_it()
    {
        Assert.Equal(ExitCodes.NotSuitable, Run("en_GB.UTF-8", "store", "export", Chain.Leaf.Thumbprint, "--out", _output.Info.FullName).ExitCode);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(_output.PathOf("Lagerfirma systemcertifikat.cer")));

        var prefix = Run("en_GB.UTF-8", "store", "export", Chain.Leaf.Thumbprint[..8].ToLowerInvariant(), "--out", _output.Info.FullName);
        Assert.Equal(ExitCodes.NotSuitable, prefix.ExitCode);
        Assert.Contains("Already exported", prefix.Stdout);
    }

    [Fact]
    public void Export_of_a_start_shared_by_two_certificates_asks_for_more()
    {
        var twin = new StoreEntry(CertificateStoreLocation.LocalMachine, Chain.Leaf.RawData);
        var result = CliRunner.Run(new[] { "store", "export", Chain.Leaf.Thumbprint[..6] }, currentFolder: _output.Info.FullName,
            store: new CliRunner.StoreContentsSource(new StoreContents(
                new[] { new StoreEntry(CertificateStoreLocation.CurrentUser, Chain.Leaf.RawData), twin }, Array.Empty<CertificateStoreLocation>())));

        Assert.Equal(ExitCodes.CertificateChoice, result.ExitCode);
        Assert.Contains("2 certificates in the certificate store begin with the fingerprint given; give more characters", result.Stderr);
        Assert.Empty(_output.Info.GetFiles());
    }
}
