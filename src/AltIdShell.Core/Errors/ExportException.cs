using System;
using System.Collections.Generic;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Errors;

/// <summary>
/// The one exception the engine throws. <see cref="Kind"/> is for code, <see cref="Text"/> for people;
/// <see cref="Exception.Message"/> is the text in the UI language current when it was thrown.
/// Never carries a password.
/// </summary>
public sealed class ExportException : Exception
{
    internal ExportException(ExportErrorKind kind, LocalizedText text, Exception? inner = null)
        : base(text.ToString(), inner)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>A <see cref="ExportErrorKind.SeveralCertificates"/> error, with the leaves to choose from.</summary>
    internal ExportException(LocalizedText text, IReadOnlyList<CertificateSummary> candidates)
        : this(ExportErrorKind.SeveralCertificates, text) => Candidates = candidates;

    /// <summary>An <see cref="ExportErrorKind.OutputExists"/> error, with the different file in the way and whether it may be replaced.</summary>
    internal ExportException(LocalizedText text, string existingPath, bool mayReplace)
        : this(ExportErrorKind.OutputExists, text)
    {
        ExistingPath = existingPath;
        MayReplace = mayReplace;
    }

    public ExportErrorKind Kind { get; }

    public LocalizedText Text { get; }

    /// <summary>With <see cref="ExportErrorKind.SeveralCertificates"/>: the leaves to choose from.</summary>
    public IReadOnlyList<CertificateSummary> Candidates { get; } = Array.Empty<CertificateSummary>();

    /// <summary>With <see cref="ExportErrorKind.OutputExists"/>: the different .cer already in the way.</summary>
    public string? ExistingPath { get; }

    /// <summary>With <see cref="ExportErrorKind.OutputExists"/>: whether the file in the way is a certificate, the only kind a replace may overwrite.</summary>
    public bool MayReplace { get; }
}
