using System.Text;

namespace AltIdShell.Core.Export;

/// <summary>One .p12/.pfx to export. Immutable; change a copy with <c>with { … }</c>.</summary>
/// <param name="SourcePath">The .p12/.pfx (or certificate file) to export from.</param>
/// <param name="Password">The PKCS#12 password. Null means "no password"; an empty string is tried both ways, as Windows does.</param>
public sealed record ExportRequest(string SourcePath, string? Password)
{
    public CerFormat Format { get; init; } = CerFormat.Der;
    /// <summary>Folder for the .cer; null means beside the source file.</summary>
    public string? OutputDirectory { get; init; }
    public ExistingFileChoice ExistingFile { get; init; } = ExistingFileChoice.Ask;
    /// <summary>When the file holds several leaves: the SHA-256 fingerprint (any case, colons optional) of the one to export.</summary>
    public string? SelectedSha256 { get; init; }

    /// <summary>
    /// Every member but the password, which a request's text must never show: it ends up in logs, test output and
    /// debuggers. Whether there is one is shown, since a null and an empty password are tried differently.
    /// </summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("SourcePath = ").Append(SourcePath)
            .Append(", Password = ").Append(Password is null ? "(none)" : "(set)")
            .Append(", Format = ").Append(Format)
            .Append(", OutputDirectory = ").Append(OutputDirectory)
            .Append(", ExistingFile = ").Append(ExistingFile)
            .Append(", SelectedSha256 = ").Append(SelectedSha256);
        return true;
    }
}
