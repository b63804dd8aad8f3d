using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;

namespace AltIdShell.Core.Tests.Export;

/// <summary>
/// What the engine judged about a certificate and its file travels in records, whose members `with` can otherwise
/// replace in a copy: the verdict and the warnings about the file have no setter at all, so only the engine sets them.
/// </summary>
public class EngineJudgementTests
{
    [Theory]
    [InlineData(typeof(CertificateSummary), nameof(CertificateSummary.AltId))]
    [InlineData(typeof(ExportResult), nameof(ExportResult.SourceContainsPrivateKey))]
    [InlineData(typeof(ExportResult), nameof(ExportResult.SourceHasOtherData))]
    public void A_judgement_cannot_be_changed_in_a_copy(Type record, string member) =>
        Assert.Null(record.GetProperty(member)!.SetMethod);
}
