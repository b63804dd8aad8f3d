namespace AltIdShell.Core.Export;

/// <summary>What to do when a different .cer already has the name we would write.</summary>
public enum ExistingFileChoice
{
    /// <summary>Write nothing and throw ExportErrorKind.OutputExists, so the caller can ask the user.</summary>
    Ask,
    /// <summary>Write beside it under a numbered name: "Testfirma (2).cer".</summary>
    KeepBoth,
    /// <summary>Replace it atomically.</summary>
    Replace,
}
