namespace AltIdShell.Setup.Generator.Msix;

/// <summary>
/// One file of the package: its name inside the ZIP (forward slashes), its bytes, and whether the ZIP deflates them.
/// Payload parts are stored, so their block map needs no compressed sizes; the block map and the content types are
/// deflated, as Windows' packager does, and because osslsigncode rewrites [Content_Types].xml deflated while keeping
/// the entry's compression method: a stored original would come out corrupt.
/// </summary>
internal sealed record PackagePart(string Name, byte[] Data, bool Deflated = false)
{
    /// <summary>The name as AppxBlockMap.xml writes it, with Windows' backslashes.</summary>
    public string BlockMapName => Name.Replace('/', '\\');
}
