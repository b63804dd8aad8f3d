using System.Xml.Linq;

namespace AltIdShell.Setup.Generator.Msix;

/// <summary>
/// [Content_Types].xml (OPC): a content type for every part. The signer adds the one for AppxSignature.p7x itself.
/// </summary>
internal static class ContentTypes
{
    public static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";
    public const string FileName = "[Content_Types].xml";

    public static XDocument Build(IEnumerable<string> partNames)
    {
        var root = new XElement(Types + "Types");
        foreach (var extension in partNames.Select(Path.GetExtension).Where(e => e == ".png").Distinct())
            root.Add(new XElement(Types + "Default", new XAttribute("Extension", extension!.TrimStart('.')), new XAttribute("ContentType", "image/png")));
        root.Add(Override("/" + AppxManifest.FileName, "application/vnd.ms-appx.manifest+xml"));
        root.Add(Override("/" + BlockMap.FileName, "application/vnd.ms-appx.blockmap+xml"));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    private static XElement Override(string part, string type) =>
        new(Types + "Override", new XAttribute("PartName", part), new XAttribute("ContentType", type));
}
