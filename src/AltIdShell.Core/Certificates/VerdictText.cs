using System;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// The verdict as a headline over a file's name, and each reason's label by its weight: what a notification's title,
/// the CLI's first line and every list of reasons say, so that an unsuitable certificate never reads as a success.
/// </summary>
public static class VerdictText
{
    /// <summary>{0}: the file's name.</summary>
    public static LocalizedText HeadlineSuitable { get; } = new("Klar til AltID: {0}", "Ready for AltID: {0}");
    public static LocalizedText HeadlineTestOnly { get; } = new("Kun til test: {0}", "Test only: {0}");
    public static LocalizedText HeadlineUnsuitable { get; } = new("Ikke egnet til AltID: {0}", "Not suitable for AltID: {0}");

    // The guides' three weights, as the label before each reason.
    public static LocalizedText Blocking { get; } = new("Blokerer:", "Blocking:");
    public static LocalizedText TestOnly { get; } = new("Kun test:", "Test only:");
    public static LocalizedText Caution { get; } = new("Bemærk:", "Note:");

    /// <summary>The verdict over <paramref name="fileName"/>, which is escaped here: it is data from the disk.</summary>
    public static LocalizedText Headline(VerdictKind verdict, string fileName) => (verdict switch
    {
        VerdictKind.Suitable => HeadlineSuitable,
        VerdictKind.TestOnly => HeadlineTestOnly,
        _ => HeadlineUnsuitable,
    }).Format(DisplayText.Escape(fileName));

    public static LocalizedText Label(WarningSeverity severity) => severity switch
    {
        WarningSeverity.Blocking => Blocking,
        WarningSeverity.Register => TestOnly,
        WarningSeverity.Caution => Caution,
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    public static LocalizedText Label(CertificateWarning reason) => Label(CertificateWarningSeverity.Of(reason));

    /// <summary>A reason with its label in front: "Blokerer: Certifikatet er udløbet (…)".</summary>
    public static LocalizedText Labelled(CertificateWarning reason, CertificateSummary summary) =>
        LabelledReason.Format(Label(reason), CertificateWarningText.For(reason, summary));

    /// <summary>{0}: the label; {1}: the reason.</summary>
    public static LocalizedText LabelledReason { get; } = new("{0} {1}", "{0} {1}");
}
