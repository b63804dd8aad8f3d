using System;
using System.IO;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli.Output;

/// <summary>
/// What a file given to export is, when its .cer would be the file itself: read by its content, it is either already
/// the certificate the register asks for, a certificate file in another form (perhaps with a key beside it), or a
/// .p12 with the wrong extension. Each gets its own advice rather than one refusal that fits none of them.
/// </summary>
internal static class ExportOntoItself
{
    /// <summary>
    /// What the file is, when its .cer (in <paramref name="outputDirectory"/>, or beside it) is the file itself; null
    /// when it is another file of the batch, which the engine's own text names.
    /// </summary>
    public static LocalizedText? Explain(string path, string? outputDirectory)
    {
        var source = Path.GetFullPath(path);
        var target = Path.Combine(outputDirectory is null ? Path.GetDirectoryName(source)! : Path.GetFullPath(outputDirectory),
            Path.GetFileNameWithoutExtension(source) + ".cer");
        if (!string.Equals(target, source, StringComparison.OrdinalIgnoreCase))
            return null;
        var exporter = CertificateExporter.Default;
        try
        {
            var cer = exporter.InspectCer(path);
            if (cer.IsUploadForm)
                return CliText.NothingToExport;
            return cer.ContainsPrivateKey ? CliText.CertificateFileInPlaceWithKey : CliText.CertificateFileInPlace;
        }
        catch (ExportException) when (exporter.Open(path).NeedsPassword)
        {
            return CliText.Pkcs12WrongExtension;
        }
        catch (ExportException e)
        {
            return e.Text;
        }
    }
}
