using System.Collections.Generic;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Export;

/// <summary>
/// What one try of a password on an <see cref="ExportSource"/> came to: a value, never an exception, so that the
/// questions (which certificate, a file in the way) are answered by whoever drives the user, and every outcome is
/// seen by the compiler. Exactly the types nested here derive from it.
/// </summary>
public abstract record ExportAttempt
{
    private ExportAttempt()
    {
    }

    /// <summary>The .cer was written, or found already written.</summary>
    public sealed record Exported(ExportResult Result) : ExportAttempt;

    /// <summary>The certificate was read and described; nothing was written (<see cref="ExportSource.TryRead"/>).</summary>
    public sealed record Read(CertificateSummary Summary) : ExportAttempt;

    /// <summary>Nothing was exported: a question to answer, or a failure. <see cref="Kind"/> is for code, <see cref="Text"/> for people.</summary>
    public abstract record Stopped : ExportAttempt
    {
        private protected Stopped(ExportErrorKind kind, LocalizedText text)
        {
            Kind = kind;
            Text = text;
        }

        public ExportErrorKind Kind { get; }
        public LocalizedText Text { get; }
    }

    /// <summary>The password does not open the file; try another on the same source.</summary>
    public sealed record WrongPassword : Stopped
    {
        public WrongPassword(LocalizedText text)
            : base(ExportErrorKind.WrongPassword, text)
        {
        }
    }

    /// <summary>
    /// The file holds several leaves, or none with the fingerprint asked for: try again with one of
    /// <see cref="Candidates"/> chosen (<see cref="ExportChoices.SelectedSha256"/>).
    /// </summary>
    public sealed record ChooseCertificate : Stopped
    {
        public ChooseCertificate(IReadOnlyList<CertificateSummary> candidates, LocalizedText text)
            : base(ExportErrorKind.SeveralCertificates, text) => Candidates = candidates;

        public IReadOnlyList<CertificateSummary> Candidates { get; }
    }

    /// <summary>
    /// A different file has the .cer's name: try again keeping both, or replacing it, which only a file that is
    /// itself a certificate may be (<see cref="MayReplace"/>; <see cref="Stopped.Text"/> says what it is otherwise).
    /// </summary>
    public sealed record FileInTheWay : Stopped
    {
        public FileInTheWay(string existingPath, bool mayReplace, LocalizedText text)
            : base(ExportErrorKind.OutputExists, text)
        {
            ExistingPath = existingPath;
            MayReplace = mayReplace;
        }

        public string ExistingPath { get; }
        public bool MayReplace { get; }
    }

    /// <summary>The file cannot be exported this way, whatever the password; nothing was written.</summary>
    public sealed record Failed : Stopped
    {
        public Failed(ExportErrorKind kind, LocalizedText text)
            : base(kind, text)
        {
        }

        internal static Failed From(ExportException error) => new(error.Kind, error.Text);
    }
}
