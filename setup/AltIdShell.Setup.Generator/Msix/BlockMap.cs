using System.Security.Cryptography;
using System.Xml.Linq;

namespace AltIdShell.Setup.Generator.Msix;

/// <summary>
/// AppxBlockMap.xml: per payload file its uncompressed size, the size of its ZIP local header, and the SHA-256 of every
/// 64 KiB block of its uncompressed bytes. Windows checks every block against it; osslsigncode only signs the block
/// map's hash, so a wrong hash here would pass signing and fail on Windows. Our packer stores every part
/// uncompressed, so no Block carries the Size attribute that deflated blocks need.
/// </summary>
internal static class BlockMap
{
    public static readonly XNamespace Schema = "http://schemas.microsoft.com/appx/2010/blockmap";
    public const string HashMethod = "http://www.w3.org/2001/04/xmlenc#sha256";
    public const string FileName = "AppxBlockMap.xml";
    public const int BlockSize = 64 * 1024;

    public static XDocument Build(IEnumerable<PackagePart> payload)
    {
        // HashMethod stays the root's last attribute: osslsigncode reads its value as the text between the first and
        // the last quote after "HashMethod" up to the tag's end, so an attribute after it would corrupt the value.
        var root = new XElement(Schema + "BlockMap", new XAttribute("xmlns", Schema.NamespaceName), new XAttribute("HashMethod", HashMethod));
        foreach (var part in payload)
        {
            var file = new XElement(Schema + "File",
                new XAttribute("Name", part.BlockMapName),
                new XAttribute("Size", part.Data.Length),
                new XAttribute("LfhSize", ZipWriter.LocalHeaderSize(part.Name)));
            for (var offset = 0; offset < part.Data.Length; offset += BlockSize)
            {
                var hash = SHA256.HashData(part.Data.AsSpan(offset, Math.Min(BlockSize, part.Data.Length - offset)));
                file.Add(new XElement(Schema + "Block", new XAttribute("Hash", Convert.ToBase64String(hash))));
            }
            root.Add(file);
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", "no"), root);
    }
}
