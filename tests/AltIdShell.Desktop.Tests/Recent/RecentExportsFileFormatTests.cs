using AltIdShell.Core.Certificates;
using AltIdShell.Desktop.Recent;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Recent;

/// <summary>
/// The recent list on disk outlives every version of the tray: a list an earlier version wrote reads back whole, and
/// writing it again gives the same bytes (property names, their order, enums as names, dates with their offsets).
/// </summary>
public sealed class RecentExportsFileFormatTests : IDisposable
{
    // Written by the tray before RecentExport became a record: newest first, one entry with and one without a verdict.
    private const string WrittenByAnEarlierVersion = """
        {
          "version": 1,
          "exports": [
            {
              "OutputPath": "/exports/old.cer",
              "SourcePath": "/exports/old.p12",
              "Organisation": null,
              "Cvr": "12345678",
              "CertificateName": "Gammel",
              "NotAfter": "2027-01-02T00:00:00+00:00",
              "Environment": "Test",
              "Kind": "Oces3Employee",
              "Sha256Fingerprint": "11:22",
              "ExportedAt": "2026-01-02T03:04:05+00:00",
              "Verdict": null
            },
            {
              "OutputPath": "C:\\Users\\Anne\\Documents\\Testfirma.cer",
              "SourcePath": "C:\\Users\\Anne\\Documents\\Testfirma.p12",
              "Organisation": "Testfirma A/S // \u00C6r\u00F8",
              "Cvr": null,
              "CertificateName": "AltID system",
              "NotAfter": "2029-06-30T12:00:00+02:00",
              "Environment": "Production",
              "Kind": "Oces3OrganisationOrSystem",
              "Sha256Fingerprint": "AA:BB:CC",
              "ExportedAt": "2026-11-24T09:30:15+01:00",
              "Verdict": "Suitable"
            }
          ]
        }
        """;

    // Written before verdicts existed: no Verdict at all.
    private const string WrittenBeforeVerdicts = """
        {
          "version": 1,
          "exports": [
            {
              "OutputPath": "/exports/a.cer",
              "SourcePath": "/exports/a.p12",
              "Organisation": "Testfirma A/S",
              "Cvr": "12345678",
              "CertificateName": "AltID system",
              "NotAfter": "2029-06-30T00:00:00+00:00",
              "Environment": "Production",
              "Kind": "Oces3OrganisationOrSystem",
              "Sha256Fingerprint": "AA:BB",
              "ExportedAt": "2026-11-24T01:00:00+00:00"
            }
          ]
        }
        """;

    private readonly WorkFolder _work = new("altidshell-recent-format-");

    public void Dispose() => _work.Dispose();

    private RecentExportsStore StoreHolding(string json)
    {
        var store = new RecentExportsStore(_work.Info.FullName);
        File.WriteAllText(store.FilePath, Native(json));
        return store;
    }

    /// <summary>The serializer ends its indented lines the platform's way.</summary>
    private static string Native(string json) => json.ReplaceLineEndings(Environment.NewLine);

    [Fact]
    public void A_list_an_earlier_version_wrote_reads_back_with_every_field()
    {
        var loaded = StoreHolding(WrittenByAnEarlierVersion).Load();

        Assert.Equal(new[]
        {
            new RecentExport("/exports/old.cer", "/exports/old.p12", null, "12345678", "Gammel", new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero),
                CertificateEnvironment.Test, CertificateKind.Oces3Employee, "11:22", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), null),
            new RecentExport(@"C:\Users\Anne\Documents\Testfirma.cer", @"C:\Users\Anne\Documents\Testfirma.p12", "Testfirma A/S // Ærø", null, "AltID system",
                new DateTimeOffset(2029, 6, 30, 12, 0, 0, TimeSpan.FromHours(2)), CertificateEnvironment.Production, CertificateKind.Oces3OrganisationOrSystem,
                "AA:BB:CC", new DateTimeOffset(2026, 11, 24, 9, 30, 15, TimeSpan.FromHours(1)), VerdictKind.Suitable),
        }, loaded);
        // Equal instants at other offsets compare equal; the file keeps the offset it was written with.
        Assert.Equal(TimeSpan.FromHours(2), loaded[1].NotAfter.Offset);
    }

    [Fact]
    public void Writing_a_list_an_earlier_version_wrote_gives_the_same_bytes()
    {
        var store = StoreHolding(WrittenByAnEarlierVersion);

        store.Remove("/exports/none.cer");

        Assert.Equal(Native(WrittenByAnEarlierVersion), File.ReadAllText(store.FilePath));
    }

    [Fact]
    public void Entries_read_back_equal_to_those_written()
    {
        var store = new RecentExportsStore(_work.Info.FullName);
        var written = new[]
        {
            new RecentExport("/exports/b.cer", "/exports/b.p12", null, null, "B", new DateTimeOffset(2028, 2, 29, 23, 59, 59, TimeSpan.FromHours(-5)),
                CertificateEnvironment.Unknown, CertificateKind.Other, "11:22", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), VerdictKind.Unsuitable),
            new RecentExport("/exports/a.cer", @"CurrentUser\My", "Testfirma A/S", "12345678", "A", new DateTimeOffset(2029, 6, 30, 0, 0, 0, TimeSpan.Zero),
                CertificateEnvironment.Production, CertificateKind.Oces3OrganisationOrSystem, "AA:BB", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)),
        };
        foreach (var entry in written.Reverse())
            store.Add(entry);

        Assert.Equal(written, new RecentExportsStore(_work.Info.FullName).Load());
    }

    [Fact]
    public void A_list_written_before_verdicts_reads_back_without_one()
    {
        var entry = Assert.Single(StoreHolding(WrittenBeforeVerdicts).Load());

        Assert.Equal("AltID system", entry.CertificateName);
        Assert.Null(entry.Verdict);
    }
}
