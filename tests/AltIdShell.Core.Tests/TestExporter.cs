using AltIdShell.Core.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests;

/// <summary>The engine as it ships, judging certificates at <see cref="TestClock.Now"/> rather than at the day the tests run.</summary>
internal static class TestExporter
{
    public static CertificateExporter Instance { get; } = new(clock: () => TestClock.Now);
}
