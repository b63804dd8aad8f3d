using System.Text;
using System.Xml.Linq;

namespace AltIdShell.Setup.Generator.Msix;

/// <summary>
/// AltIdShell.msix, unsigned: the manifest and its logos, then the block map over them, then the content types, in the
/// order Windows' packager writes them. A sparse package carries no executables; the signer adds AppxSignature.p7x.
/// </summary>
internal static class SparsePackage
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="productVersion">The product's version, such as 0.1.0.</param>
    /// <param name="logoFolder">setup/assets/msix, with the files <see cref="AppxManifest.Logos"/> names.</param>
    public static IReadOnlyList<PackagePart> Parts(string productVersion, string logoFolder)
    {
        var payload = new List<PackagePart> { new(AppxManifest.FileName, Bytes(AppxManifest.Build(productVersion))) };
        foreach (var logo in AppxManifest.Logos)
            payload.Add(new PackagePart(AppxManifest.Asset(logo).Replace('\\', '/'), File.ReadAllBytes(Path.Combine(logoFolder, logo))));
        var parts = new List<PackagePart>(payload)
        {
            new(BlockMap.FileName, Bytes(BlockMap.Build(payload)), Deflated: true),
        };
        parts.Add(new PackagePart(ContentTypes.FileName, Bytes(ContentTypes.Build(parts.Select(p => p.Name))), Deflated: true));
        return parts;
    }

    public static void Write(string path, string productVersion, string logoFolder)
    {
        using var output = File.Create(path);
        ZipWriter.Write(output, Parts(productVersion, logoFolder));
    }

    private static byte[] Bytes(XDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = System.Xml.XmlWriter.Create(buffer, new System.Xml.XmlWriterSettings { Encoding = Utf8, Indent = true }))
            document.Save(writer);
        return buffer.ToArray();
    }
}
