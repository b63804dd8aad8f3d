using AltIdShell.Core.Export;

namespace AltIdShell.TestSupport;

/// <summary>The engine as it ships, judging certificates at <see cref="TestClock.Now"/> rather than at the day the tests run.</summary>
public static class TestExporter
{
    public static CertificateExporter Instance { get; } = new(clock: () => TestClock.Now);
}
