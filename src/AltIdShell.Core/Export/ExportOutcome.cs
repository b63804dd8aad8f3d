namespace AltIdShell.Core.Export;

public enum ExportOutcome
{
    /// <summary>A new .cer was written.</summary>
    Written,
    /// <summary>A different .cer was replaced at the user's request.</summary>
    Replaced,
    /// <summary>The same certificate was already there, byte for byte; nothing was written.</summary>
    AlreadyExported,
}
