using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Store;

namespace AltIdShell.Cli.Output;

/// <summary>
/// --json: one array, one object per file, for scripts. Written with Utf8JsonWriter rather than reflection so the
/// native (AOT) build needs no serializer metadata.
/// </summary>
internal sealed class JsonReport : IDisposable
{
    private readonly Utf8JsonWriter _writer;

    public JsonReport(Stream output)
    {
        _writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _writer.WriteStartArray();
    }

    public void Exported(string file, ExportResult result)
    {
        _writer.WriteStartObject();
        _writer.WriteString("file", file);
        _writer.WriteString("outcome", Camel(result.Outcome.ToString()));
        _writer.WriteString("output", result.OutputPath);
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
            _writer.WriteNumber("certificateCount", cer.CertificateCount);
            _writer.WriteBoolean("containsPrivateKey", cer.ContainsPrivateKey);
            _writer.WriteBoolean("suitsAltIdRegister", cer.SuitsAltIdRegister);
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

    public void Failed(string file, ExportException error, int exitCode)
    {
        _writer.WriteStartObject();
        _writer.WriteString("file", file);
        _writer.WriteStartObject("error");
        _writer.WriteString("kind", Camel(error.Kind.ToString()));
        _writer.WriteNumber("exitCode", exitCode);
        _writer.WriteString("message", error.Text.ToString());
        if (error.ExistingPath != null)
            _writer.WriteString("existing", error.ExistingPath);
        if (error.Candidates.Count > 0)
        {
            _writer.WriteStartArray("candidates");
            foreach (var candidate in error.Candidates)
            {
                _writer.WriteStartObject();
                Certificate(candidate);
                _writer.WriteEndObject();
            }
            _writer.WriteEndArray();
        }
        _writer.WriteEndObject();
        _writer.WriteEndObject();
    }

    public void Dispose()
    {
        _writer.WriteEndArray();
        _writer.Flush();
        _writer.Dispose();
    }

    private void Certificate(CertificateSummary summary)
    {
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
        _writer.WriteBoolean("suitsAltId", summary.SuitsAltId);
        _writer.WriteEndObject();
        _writer.WriteStartArray("warnings");
        foreach (var warning in summary.Warnings)
        {
            _writer.WriteStartObject();
            _writer.WriteString("code", Camel(warning.ToString()));
            _writer.WriteString("message", CertificateWarningText.For(warning, summary).ToString());
            _writer.WriteEndObject();
        }
        _writer.WriteEndArray();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
