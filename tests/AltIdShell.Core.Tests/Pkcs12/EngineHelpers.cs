using AltIdShell.Core.Pkcs12;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Pkcs12;

/// <summary>The engine's read-and-choose step, without the file system.</summary>
internal static class Engine
{
    public static byte[] ExportLeaf(byte[] pfx, string? password, Pkcs12Limits? limits = null) =>
        LeafSelector.Candidates(Pkcs12File.Parse(pfx, limits ?? Pkcs12Limits.Default).Open(password)).Single();

    public static Errors.ExportException Refusal(byte[] pfx, string? password, Pkcs12Limits? limits = null) =>
        Assert.Throws<Errors.ExportException>(() => ExportLeaf(pfx, password, limits));

    /// <summary>The whole export of <paramref name="pfx"/> from a file on disk, refused, with the folder left as it was.</summary>
    public static Core.Export.ExportAttempt.Stopped RefusalOnDisk(byte[] pfx, string? password)
    {
        var folder = Directory.CreateTempSubdirectory("altid-hostile-");
        try
        {
            var source = Path.Combine(folder.FullName, "Fjendtlig.p12");
            File.WriteAllBytes(source, pfx);
            var error = TestExporter.Instance.Export(new ExportCall(source, password)).Stopped();
            Assert.Equal(new[] { "Fjendtlig.p12" }, folder.GetFiles().Select(f => f.Name));
            return error;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
