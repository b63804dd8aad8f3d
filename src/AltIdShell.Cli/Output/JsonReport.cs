using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Store;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli.Output;

/// <summary>
/// --json: one array, one object per file, for scripts. Written with Utf8JsonWriter rather than reflection so the
/// native (AOT) build needs no serializer metadata.
/// </summary>
internal sealed class JsonReport : IDisposable
{
    // Danish letters as they are; every character DisplayText escapes for the terminal (bidi overrides too, which the
    // relaxed encoder lets through) as \uXXXX, so the output cannot lie when it is printed either.
    private static readonly JavaScriptEncoder Encoder = CreateEncoder();

    private readonly Utf8JsonWriter _writer;
    private readonly Stream _output;

    public JsonReport(Stream output)
    {
        _output = output;
        _writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = Encoder });
        _writer.WriteStartArray();
    }

    public void Exported(string file, ExportResult result)
    {
        _writer.WriteStartObject();
        _writer.WriteString("file", file);
        _writer.WriteString("outcome", Camel(result.Outcome.ToString()));
        _writer.WriteString("output", result.OutputPath);
        _writer.WriteBoolean("sourceContainsPrivateKey", result.SourceContainsPrivateKey);
        _writer.WriteBoolean("sourceHasOtherData", result.SourceHasOtherData);
        Certificate(result.Summary);
        _writer.WriteEndObject();
    }

    public void Inspected(string file, CertificateSummary summary, CerInspection? cer)
    {
        _writer.WriteStartObject();
        _writer.WriteString("file", file);
        Certificate(summary);
        if (cer != null)
        {
            _writer.WriteString("format", Camel(cer.Format.ToString()));
            _writer.WriteString("container", Camel(cer.Kind.ToString()));
            _writer.WriteNumber("certificateCount", cer.CertificateCount);
            _writer.WriteBoolean("containsPrivateKey", cer.ContainsPrivateKey);
            _writer.WriteBoolean("hasOtherData", cer.HasOtherData);
            _writer.WriteBoolean("uploadForm", cer.IsUploadForm);
        }
        _writer.WriteEndObject();
    }

    /// <summary>One certificate of altid-export store list.</summary>
    public void Listed(StoreCertificate certificate)
    {
        _writer.WriteStartObject();
        _writer.WriteString("store", certificate.StoreName);
        _writer.WriteString("altIdLabel", Camel(StoreCertificateRanking.Label(certificate.Summary).ToString()));
        Certificate(certificate.Summary);
        _writer.WriteEndObject();
    }

    /// <summary><paramref name="existing"/>: the file in the way, if any; <paramref name="candidates"/>: the certificates to choose from.</summary>
    public void Failed(string file, string kind, int exitCode, LocalizedText message, string? existing, bool mayReplace,
        IReadOnlyList<CertificateSummary> candidates)
    {
        _writer.WriteStartObject();
        _writer.WriteString("file", file);
        Error(kind, exitCode, message, existing, mayReplace, candidates);
        _writer.WriteEndObject();
    }

    /// <summary>A FILE argument that names nothing: by its position, never its text, which may be a password.</summary>
    public void NotAFile(int position, int exitCode, LocalizedText message)
    {
        _writer.WriteStartObject();
        _writer.WriteNumber("argument", position);
        Error(nameof(ExportErrorKind.SourceNotFound), exitCode, message, null, false, Array.Empty<CertificateSummary>());
        _writer.WriteEndObject();
    }

    private void Error(string kind, int exitCode, LocalizedText message, string? existing, bool mayReplace, IReadOnlyList<CertificateSummary> candidates)
    {
        _writer.WriteStartObject("error");
        _writer.WriteString("kind", Camel(kind));
        _writer.WriteNumber("exitCode", exitCode);
        _writer.WriteString("message", message.ToString());
        if (existing != null)
        {
            _writer.WriteString("existing", existing);
            _writer.WriteBoolean("mayReplace", mayReplace);
        }
        if (candidates.Count > 0)
        {
            _writer.WriteStartArray("candidates");
            foreach (var candidate in candidates)
            {
                _writer.WriteStartObject();
                Certificate(candidate);
                _writer.WriteEndObject();
            }
            _writer.WriteEndArray();
        }
        _writer.WriteEndObject();
    }

    public void Dispose()
    {
        _writer.WriteEndArray();
        _writer.Flush();
        _writer.Dispose();
        // Ends with a line, as text does: the shell's next prompt starts on its own.
        _output.WriteByte((byte)'\n');
        _output.Flush();
    }

    /// <summary>The verdict first, then the certificate's details; the same for a result and for each candidate.</summary>
    private void Certificate(CertificateSummary summary)
    {
        var verdict = summary.AltId;
        _writer.WriteStartObject("altId");
        _writer.WriteString("verdict", Camel(verdict.Kind.ToString()));
        _writer.WriteString("message", CertificateText.Verdict(summary).ToString());
        _writer.WriteBoolean("issuerVerified", verdict.IssuerVerified);
        _writer.WriteString("revocation", Camel(verdict.Revocation.ToString()));
        _writer.WriteStartArray("reasons");
        foreach (var reason in verdict.Reasons)
        {
            _writer.WriteStartObject();
            _writer.WriteString("code", Camel(reason.ToString()));
            _writer.WriteString("severity", Camel(CertificateWarningSeverity.Of(reason).ToString()));
            _writer.WriteString("message", CertificateWarningText.For(reason, summary).ToString());
            _writer.WriteEndObject();
        }
        _writer.WriteEndArray();
        _writer.WriteEndObject();

        _writer.WriteStartObject("certificate");
        _writer.WriteString("organisation", summary.Organisation);
        _writer.WriteString("cvr", summary.Cvr);
        _writer.WriteString("certificateName", summary.CertificateName);
        _writer.WriteString("kind", Camel(summary.Kind.ToString()));
        _writer.WriteString("environment", Camel(summary.Environment.ToString()));
        _writer.WriteString("validity", Camel(summary.Validity.ToString()));
        _writer.WriteString("notBefore", summary.NotBefore.UtcDateTime.ToString("o", CultureInfo.InvariantCulture));
        _writer.WriteString("notAfter", summary.NotAfter.UtcDateTime.ToString("o", CultureInfo.InvariantCulture));
        _writer.WriteNumber("daysUntilExpiry", summary.DaysUntilExpiry);
        _writer.WriteString("serialNumber", summary.SerialNumber);
        _writer.WriteString("subject", summary.Subject);
        _writer.WriteString("issuer", summary.Issuer);
        _writer.WriteString("sha256", summary.Sha256Fingerprint);
        _writer.WriteString("sha1", summary.Sha1Fingerprint);
        _writer.WriteEndObject();
    }

    private static JavaScriptEncoder CreateEncoder()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (!char.IsSurrogate(c) && DisplayText.IsUnsafe(c))
                settings.ForbidCharacter(c);
        }
        return JavaScriptEncoder.Create(settings);
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
