using AltIdShell.WindowsSemantics;

// usage: AltIdShell.WindowsSemantics.exe ALTID-EXPORT.EXE WORK-FOLDER SAMPLE.P12 EXPECTED.CER
// The password comes from ALTID_PASSWORD. Prints one line per check and "cli-under-wine: N passed, M failed".
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: AltIdShell.WindowsSemantics.exe ALTID-EXPORT.EXE WORK-FOLDER SAMPLE.P12 EXPECTED.CER");
    return 2;
}

// The lines carry æøå; Wine's console code page would turn them into question marks.
Console.OutputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var cases = new WindowsFileCases(new CaseContext(args[0], args[1], File.ReadAllBytes(args[2]), File.ReadAllBytes(args[3]),
    Environment.GetEnvironmentVariable("ALTID_PASSWORD") ?? throw new InvalidOperationException("ALTID_PASSWORD is not set")));
var (passed, failed) = cases.RunAll(Console.Out);
Console.WriteLine($"cli-under-wine: {passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;
