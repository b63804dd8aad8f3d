namespace AltIdShell.WindowsSemantics;

/// <summary>
/// The writer's Windows cases, each run through the real altid-export.exe. A case returns null when the CLI behaved,
/// or what it did instead.
/// </summary>
internal sealed class WindowsFileCases
{
    // Another .cer in the way: the sample's certificate as PEM, so a certificate (the only kind --replace may replace)
    // with other bytes than the DER the export writes.
    private byte[] OtherCer => System.Text.Encoding.ASCII.GetBytes("-----BEGIN CERTIFICATE-----\n"
        + Convert.ToBase64String(_context.ExpectedCer, Base64FormattingOptions.InsertLineBreaks) + "\n-----END CERTIFICATE-----\n");
    // The sample is plainly fake: its .cer is written, and the verdict (not issued by the OCES CA) makes the exit 9.
    private const int Written = 9;
    private readonly CaseContext _context;

    public WindowsFileCases(CaseContext context) => _context = context;

    public (int Passed, int Failed) RunAll(TextWriter report)
    {
        var cases = new (string Name, Func<string?> Run)[]
        {
            ("exports beside a .p12 in a folder with a space and æøå", ExportsBesideTheP12),
            ("a .cer held open by another program: 'in use', nothing changed", LockedCerIsReportedAndKept),
            ("a .p12 held open exclusively by another program: 'in use', nothing written", LockedP12IsReported),
            ("a read-only .cer is not replaced, and said so", ReadOnlyCerIsKept),
            ("a read-only .p12 is read, and stays as it was", ReadOnlyP12IsRead),
            ("a .p12 named after a device (NUL.p12): refused as no file, nothing written to the device", ReservedInputNameIsRefused),
            ("a name that makes a device .cer (CON.P12 given as \\\\?\\): refused", ReservedOutputNameIsRefused),
            ("a trailing dot or space after the name means the file itself", TrailingDotAndSpaceAreTrimmed),
            ("a path over 260 characters", LongPathWorks),
            ("X.P12 beside a different x.cer: 'already exists', no second file", CaseOnlyDifferenceIsTheSameFile),
            ("X.P12 beside the same x.cer: 'already exported'", CaseOnlyDifferenceSameContent),
            ("a PKCS#12 named X.CER with --replace: the input is never written", InputIsNeverTheOutput),
            ("the \\\\?\\ form of a drive-letter path", ExtendedLengthPrefixWorks),
            ("forward slashes in a drive-letter path", ForwardSlashesWork),
        };
        var passed = 0;
        var failed = 0;
        foreach (var (name, run) in cases)
        {
            string? problem;
            try
            {
                problem = run();
            }
            catch (Exception e)
            {
                problem = "the check itself failed: " + e.GetType().Name + ": " + e.Message;
            }
            if (problem is null)
            {
                passed++;
                report.WriteLine("ok: " + name);
            }
            else
            {
                failed++;
                report.WriteLine("FAILED: " + name + ": " + problem);
            }
        }
        return (passed, failed);
    }

    private string? ExportsBesideTheP12()
    {
        var folder = _context.NewFolder("plain");
        var p12 = _context.PlaceSample(folder, "Eksempel firma.p12");
        var run = _context.Export(p12);
        return Expect(run, Written, null)
            ?? ExpectFile(Path.Combine(folder, "Eksempel firma.cer"), _context.ExpectedCer)
            ?? ExpectOnly(folder, "Eksempel firma.p12", "Eksempel firma.cer");
    }

    private string? LockedCerIsReportedAndKept()
    {
        var folder = _context.NewFolder("locked cer");
        var p12 = _context.PlaceSample(folder, "Firma.p12");
        var cer = Path.Combine(folder, "Firma.cer");
        File.WriteAllBytes(cer, OtherCer);
        CliRun run;
        using (new FileStream(cer, FileMode.Open, FileAccess.Read, FileShare.None))
            run = _context.Export(p12, "--replace");
        return Expect(run, 8, "fileLocked") ?? ExpectFile(cer, OtherCer) ?? ExpectOnly(folder, "Firma.p12", "Firma.cer");
    }

    private string? LockedP12IsReported()
    {
        var folder = _context.NewFolder("locked p12");
        var p12 = _context.PlaceSample(folder, "Firma.p12");
        CliRun run;
        using (new FileStream(p12, FileMode.Open, FileAccess.Read, FileShare.None))
            run = _context.Export(p12);
        return Expect(run, 8, "fileLocked") ?? ExpectOnly(folder, "Firma.p12");
    }

    private string? ReadOnlyCerIsKept()
    {
        var folder = _context.NewFolder("read-only cer");
        var p12 = _context.PlaceSample(folder, "Firma.p12");
        var cer = Path.Combine(folder, "Firma.cer");
        File.WriteAllBytes(cer, OtherCer);
        File.SetAttributes(cer, FileAttributes.ReadOnly);
        var run = _context.Export(p12, "--replace");
        File.SetAttributes(cer, FileAttributes.Normal);
        return Expect(run, 8, "accessDenied")
            ?? (run.Output.Contains("read-only", StringComparison.Ordinal) ? null : "the message does not say read-only: " + run.Output)
            ?? ExpectFile(cer, OtherCer) ?? ExpectOnly(folder, "Firma.p12", "Firma.cer");
    }

    private string? ReadOnlyP12IsRead()
    {
        var folder = _context.NewFolder("read-only p12");
        var p12 = _context.PlaceSample(folder, "Firma.p12");
        File.SetAttributes(p12, FileAttributes.ReadOnly);
        var run = _context.Export(p12);
        var stillReadOnly = File.GetAttributes(p12).HasFlag(FileAttributes.ReadOnly);
        File.SetAttributes(p12, FileAttributes.Normal);
        return Expect(run, Written, null)
            ?? ExpectFile(Path.Combine(folder, "Firma.cer"), _context.ExpectedCer)
            ?? ExpectFile(p12, _context.SampleP12)
            ?? (stillReadOnly ? null : "the .p12 lost its read-only attribute");
    }

    private string? ReservedInputNameIsRefused()
    {
        var folder = _context.NewFolder("reserved input");
        var run = _context.Export(Path.Combine(folder, "NUL.p12"));
        // The CLI checks its arguments first and finds no such file (it is the device); the engine, reached from the
        // tray, names the device. Either way exit 8 and nothing written, least of all to the device.
        return (run.ErrorKind == "sourceNotFound" || run.Output.Contains("is not a file that exists", StringComparison.Ordinal)
                ? Expect(run, 8, run.ErrorKind)
                : Expect(run, 8, "reservedName"))
            ?? ExpectOnly(folder);
    }

    private string? ReservedOutputNameIsRefused()
    {
        var folder = _context.NewFolder("reserved output");
        var p12 = _context.PlaceSample(@"\\?\" + folder, "CON.P12");
        var run = _context.Export(p12);
        return Expect(run, 8, "reservedName") ?? ExpectOnly(folder, "CON.P12");
    }

    private string? TrailingDotAndSpaceAreTrimmed()
    {
        var folder = _context.NewFolder("trailing");
        var p12 = _context.PlaceSample(folder, "Firma.p12");
        var dot = _context.Export(p12 + ".");
        var problem = Expect(dot, Written, null) ?? ExpectOnly(folder, "Firma.p12", "Firma.cer");
        if (problem != null)
            return "with a trailing dot: " + problem;
        File.Delete(Path.Combine(folder, "Firma.cer"));
        var space = _context.Export(p12 + " ");
        problem = Expect(space, Written, null) ?? ExpectOnly(folder, "Firma.p12", "Firma.cer");
        return problem is null ? null : "with a trailing space: " + problem;
    }

    private string? LongPathWorks()
    {
        var folder = _context.NewFolder("long");
        while (folder.Length < 300)
            folder = Path.Combine(folder, "en mappe med et langt navn æøå");
        Directory.CreateDirectory(folder);
        var p12 = _context.PlaceSample(folder, "Firma.p12");
        var run = _context.Export(p12);
        return Expect(run, Written, null) ?? ExpectFile(Path.Combine(folder, "Firma.cer"), _context.ExpectedCer);
    }

    private string? CaseOnlyDifferenceIsTheSameFile()
    {
        var folder = _context.NewFolder("case different");
        var p12 = _context.PlaceSample(folder, "X.P12");
        var cer = Path.Combine(folder, "x.cer");
        File.WriteAllBytes(cer, OtherCer);
        var run = _context.Export(p12);
        return Expect(run, 7, "outputExists") ?? ExpectFile(cer, OtherCer) ?? ExpectOnly(folder, "X.P12", "x.cer");
    }

    private string? CaseOnlyDifferenceSameContent()
    {
        var folder = _context.NewFolder("case same");
        var p12 = _context.PlaceSample(folder, "X.P12");
        File.WriteAllBytes(Path.Combine(folder, "x.cer"), _context.ExpectedCer);
        var run = _context.Export(p12);
        return Expect(run, Written, null) ?? (run.Output.Contains("alreadyExported", StringComparison.Ordinal) ? null : "not reported as already exported: " + run.Output)
            ?? ExpectOnly(folder, "X.P12", "x.cer");
    }

    private string? InputIsNeverTheOutput()
    {
        var folder = _context.NewFolder("input named cer");
        var input = _context.PlaceSample(folder, "X.CER");
        var run = _context.Export(input, "--replace");
        if (run.ExitCode is 0 or Written)
            return $"exited {run.ExitCode}, as if exported: " + run.Output;
        return ExpectFile(input, _context.SampleP12) ?? ExpectOnly(folder, "X.CER");
    }

    private string? ExtendedLengthPrefixWorks()
    {
        var folder = _context.NewFolder("extended prefix");
        _context.PlaceSample(folder, "Firma.p12");
        var run = _context.Export(@"\\?\" + Path.Combine(folder, "Firma.p12"));
        return Expect(run, Written, null) ?? ExpectFile(Path.Combine(folder, "Firma.cer"), _context.ExpectedCer);
    }

    private string? ForwardSlashesWork()
    {
        var folder = _context.NewFolder("forward slashes");
        _context.PlaceSample(folder, "Firma.p12");
        var run = _context.Export(Path.Combine(folder, "Firma.p12").Replace('\\', '/'));
        return Expect(run, Written, null) ?? ExpectFile(Path.Combine(folder, "Firma.cer"), _context.ExpectedCer);
    }

    private static string? Expect(CliRun run, int exitCode, string? errorKind) =>
        run.ExitCode == exitCode && run.ErrorKind == errorKind
            ? null
            : $"expected exit {exitCode}{(errorKind is null ? "" : " (" + errorKind + ")")}, got exit {run.ExitCode}"
              + $"{(run.ErrorKind is null ? "" : " (" + run.ErrorKind + ")")}: {run.Output.Trim()}";

    private static string? ExpectFile(string path, byte[] content)
    {
        if (!File.Exists(path))
            return Path.GetFileName(path) + " is missing";
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content) ? null : Path.GetFileName(path) + " does not hold the expected bytes";
    }

    private static string? ExpectOnly(string folder, params string[] names)
    {
        var present = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var expected = names.Order(StringComparer.Ordinal).ToArray();
        return present.SequenceEqual(expected)
            ? null
            : $"the folder holds [{string.Join(", ", present)}], expected [{string.Join(", ", expected)}]";
    }
}
