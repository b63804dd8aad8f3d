namespace AltIdShell.Core.Export;

/// <summary>One .p12/.pfx to export. Immutable; build a changed copy with the With… methods.</summary>
public sealed class ExportRequest
{
    public ExportRequest(string sourcePath, string? password)
    {
        SourcePath = sourcePath;
        Password = password;
    }

    public string SourcePath { get; }
    /// <summary>The PKCS#12 password. Null means "no password"; an empty string is tried both ways, as Windows does.</summary>
    public string? Password { get; private set; }
    public CerFormat Format { get; private set; } = CerFormat.Der;
    /// <summary>Folder for the .cer; null means beside the source file.</summary>
    public string? OutputDirectory { get; private set; }
    public ExistingFileChoice ExistingFile { get; private set; } = ExistingFileChoice.Ask;
    /// <summary>When the file holds several leaves: the SHA-256 fingerprint (any case, colons optional) of the one to export.</summary>
    public string? SelectedSha256 { get; private set; }

    public ExportRequest WithPassword(string? password) => Copy(r => r.Password = password);
    public ExportRequest WithFormat(CerFormat format) => Copy(r => r.Format = format);
    public ExportRequest WithOutputDirectory(string? directory) => Copy(r => r.OutputDirectory = directory);
    public ExportRequest WithExistingFile(ExistingFileChoice choice) => Copy(r => r.ExistingFile = choice);
    public ExportRequest WithSelectedSha256(string? fingerprint) => Copy(r => r.SelectedSha256 = fingerprint);

    private ExportRequest Copy(System.Action<ExportRequest> change)
    {
        var copy = (ExportRequest)MemberwiseClone();
        change(copy);
        return copy;
    }
}
