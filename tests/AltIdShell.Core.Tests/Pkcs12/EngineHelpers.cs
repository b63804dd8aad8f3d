using AltIdShell.Core.Pkcs12;

namespace AltIdShell.Core.Tests.Pkcs12;

/// <summary>The engine's read-and-choose step, without the file system.</summary>
internal static class Engine
{
    public static byte[] ExportLeaf(byte[] pfx, string? password, Pkcs12Limits? limits = null) =>
        LeafSelector.Candidates(Pkcs12Reader.Read(pfx, password, limits ?? Pkcs12Limits.Default)).Single();

    public static Errors.ExportException Refusal(byte[] pfx, string? password, Pkcs12Limits? limits = null) =>
        Assert.Throws<Errors.ExportException>(() => ExportLeaf(pfx, password, limits));
}
