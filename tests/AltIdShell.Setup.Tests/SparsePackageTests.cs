using System.Buffers.Binary;
using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using AltIdShell.Desktop.Registration;
using AltIdShell.Setup.Generator.Msix;
using AltIdShell.Shared;
using AltIdShell.TestSupport;

namespace AltIdShell.Setup.Tests;

/// <summary>
/// AltIdShell.msix as the packer writes it, read back independently: its ZIP records byte by byte, every block hash
/// recomputed, and every id in its manifest compared with Desktop's registration data and the built tray's manifest.
/// </summary>
public sealed class SparsePackageTests : IDisposable
{
    private const string Version = "0.1.0";
    private static readonly XNamespace F = AppxManifest.Foundation;
    private readonly WorkFolder _work = new("altidshell-msix-");
    private readonly byte[] _package;

    public SparsePackageTests()
    {
        var path = _work.PathOf(SparsePackageIdentity.FileName);
        SparsePackage.Write(path, Version, LogoFolder);
        _package = File.ReadAllBytes(path);
    }

    private static string LogoFolder => Path.Combine(Fixtures.RepositoryRoot, "setup", "assets", "msix");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void The_parts_come_in_Windows_order_payload_then_block_map_then_content_types()
    {
        Assert.Equal(new[] { "AppxManifest.xml", "Assets/StoreLogo.png", "Assets/Square150x150Logo.png", "Assets/Square44x44Logo.png", "AppxBlockMap.xml", "[Content_Types].xml" },
            LocalRecords().Select(r => r.Name));
    }

    [Fact]
    public void No_record_uses_a_data_descriptor_and_payload_parts_are_stored()
    {
        var records = LocalRecords();
        Assert.All(records, r => Assert.Equal(0, r.Flags & 0x8));
        Assert.All(records.Where(r => r.Name is not ("AppxBlockMap.xml" or "[Content_Types].xml")), r => Assert.Equal(0, r.Method));
        // osslsigncode rewrites [Content_Types].xml deflated but keeps the entry's method: it must be deflated already.
        Assert.Equal(8, records.Single(r => r.Name == "[Content_Types].xml").Method);
    }

    [Fact]
    public void The_archive_ends_in_ZIP64_records_that_any_reader_follows()
    {
        Assert.Equal(0x06054b50u, BinaryPrimitives.ReadUInt32LittleEndian(_package.AsSpan(_package.Length - 22)));
        Assert.Equal(0x07064b50u, BinaryPrimitives.ReadUInt32LittleEndian(_package.AsSpan(_package.Length - 22 - 20)));
        using var zip = new ZipArchive(new MemoryStream(_package));
        Assert.Equal(LocalRecords().Select(r => r.Name), zip.Entries.Select(e => e.FullName));
        // Reading every entry to its end makes the reader check each CRC.
        Assert.All(zip.Entries, e => Assert.Equal(e.Length, Read(e).Length));
    }

    [Fact]
    public void The_block_map_lists_every_payload_part_with_its_size_local_header_and_block_hashes()
    {
        var blockMap = XDocument.Parse(Encoding.UTF8.GetString(Part("AppxBlockMap.xml")));
        var b = BlockMap.Schema;
        Assert.Equal("http://www.w3.org/2001/04/xmlenc#sha256", (string?)blockMap.Root!.Attribute("HashMethod"));
        var records = LocalRecords().ToDictionary(r => r.Name);
        var files = blockMap.Root.Elements(b + "File").ToList();
        Assert.Equal(new[] { "AppxManifest.xml", @"Assets\StoreLogo.png", @"Assets\Square150x150Logo.png", @"Assets\Square44x44Logo.png" },
            files.Select(f => (string?)f.Attribute("Name")));
        foreach (var file in files)
        {
            var name = ((string)file.Attribute("Name")!).Replace('\\', '/');
            var data = Part(name);
            Assert.Equal(data.Length, (long)file.Attribute("Size")!);
            Assert.Equal(records[name].HeaderSize, (int)file.Attribute("LfhSize")!);
            Assert.Equal(ExpectedBlockHashes(data), file.Elements(b + "Block").Select(x => (string)x.Attribute("Hash")!));
            Assert.All(file.Elements(b + "Block"), x => Assert.Null(x.Attribute("Size"))); // stored, so no compressed size
        }
    }

    [Fact]
    public void HashMethod_is_the_block_maps_last_root_attribute_as_osslsigncode_reads_it()
    {
        var text = Encoding.UTF8.GetString(Part("AppxBlockMap.xml"));
        var root = text.Substring(text.IndexOf("<BlockMap", StringComparison.Ordinal));
        root = root.Substring(0, root.IndexOf('>'));
        Assert.EndsWith("HashMethod=\"http://www.w3.org/2001/04/xmlenc#sha256\"", root);
    }

    [Fact]
    public void A_large_part_is_hashed_in_64_KiB_blocks()
    {
        var data = new byte[150_000];
        new Random(13).NextBytes(data);
        var map = BlockMap.Build(new[] { new PackagePart("Assets/big.bin", data) });
        var file = map.Root!.Element(BlockMap.Schema + "File")!;
        Assert.Equal(@"Assets\big.bin", (string?)file.Attribute("Name"));
        Assert.Equal(30 + "Assets/big.bin".Length, (int)file.Attribute("LfhSize")!);
        Assert.Equal(ExpectedBlockHashes(data), file.Elements(BlockMap.Schema + "Block").Select(x => (string)x.Attribute("Hash")!));
        Assert.Equal(3, file.Elements(BlockMap.Schema + "Block").Count());
    }

    [Fact]
    public void Every_part_has_a_content_type()
    {
        var types = XDocument.Parse(Encoding.UTF8.GetString(Part("[Content_Types].xml"))).Root!;
        var t = ContentTypes.Types;
        var defaults = types.Elements(t + "Default").ToDictionary(d => (string)d.Attribute("Extension")!, d => (string)d.Attribute("ContentType")!);
        var overrides = types.Elements(t + "Override").ToDictionary(o => (string)o.Attribute("PartName")!, o => (string)o.Attribute("ContentType")!);
        Assert.Equal("application/vnd.ms-appx.manifest+xml", overrides["/AppxManifest.xml"]);
        Assert.Equal("application/vnd.ms-appx.blockmap+xml", overrides["/AppxBlockMap.xml"]);
        foreach (var name in LocalRecords().Select(r => r.Name).Where(n => n != "[Content_Types].xml"))
            Assert.True(overrides.ContainsKey("/" + name) || defaults.ContainsKey(Path.GetExtension(name).TrimStart('.')), name + " has no content type");
    }

    [Fact]
    public void The_manifest_names_the_identity_from_the_registration_data()
    {
        var identity = Manifest().Root!.Element(F + "Identity")!;
        Assert.Equal(SparsePackageIdentity.Name, (string?)identity.Attribute("Name"));
        Assert.Equal(SparsePackageIdentity.Publisher, (string?)identity.Attribute("Publisher"));
        Assert.Equal("0.1.0.0", (string?)identity.Attribute("Version"));
        var properties = Manifest().Root!.Element(F + "Properties")!;
        Assert.Equal("true", (string?)properties.Element(AppxManifest.Uap10 + "AllowExternalContent"));
        Assert.Equal(new[] { "runFullTrust", "unvirtualizedResources" },
            Manifest().Root!.Element(F + "Capabilities")!.Elements().Select(c => (string?)c.Attribute("Name")));
    }

    [Fact]
    public void The_application_is_the_tray_running_as_a_plain_desktop_program()
    {
        var application = Manifest().Descendants(F + "Application").Single();
        Assert.Equal(SparsePackageIdentity.ApplicationId, (string?)application.Attribute("Id"));
        Assert.Equal(ProductIdentity.TrayExecutableName, (string?)application.Attribute("Executable"));
        Assert.Equal("mediumIL", (string?)application.Attribute(AppxManifest.Uap10 + "TrustLevel"));
        Assert.Equal("win32App", (string?)application.Attribute(AppxManifest.Uap10 + "RuntimeBehavior"));
        Assert.Equal("none", (string?)application.Element(AppxManifest.Uap + "VisualElements")!.Attribute("AppListEntry"));
    }

    [Fact]
    public void Every_certificate_extension_gets_the_verb_of_the_trays_class()
    {
        var itemTypes = Manifest().Descendants(AppxManifest.Desktop5 + "ItemType").ToList();
        Assert.Equal(ProductIdentity.CertificateExtensions, itemTypes.Select(i => (string?)i.Attribute("Type")));
        Assert.All(itemTypes, i =>
        {
            var verb = Assert.Single(i.Elements(AppxManifest.Desktop5 + "Verb"));
            Assert.Equal(SparsePackageIdentity.VerbId, (string?)verb.Attribute("Id"));
            Assert.Equal(ProductIdentity.ExplorerCommandClsid, Guid.Parse((string)verb.Attribute("Clsid")!));
        });
        Assert.Equal("windows.fileExplorerContextMenus", (string?)itemTypes[0].Parent!.Parent!.Attribute("Category"));
    }

    [Fact]
    public void The_tray_serves_the_verbs_class_out_of_process_when_COM_starts_it()
    {
        var server = Manifest().Descendants(AppxManifest.Com + "ExeServer").Single();
        Assert.Equal(ProductIdentity.TrayExecutableName, (string?)server.Attribute("Executable"));
        // COM passes -Embedding itself; an Arguments value would reach the tray as a second one.
        Assert.Null(server.Attribute("Arguments"));
        var serverClass = Assert.Single(server.Elements(AppxManifest.Com + "Class"));
        Assert.Equal(ProductIdentity.ExplorerCommandClsid, Guid.Parse((string)serverClass.Attribute("Id")!));
        Assert.DoesNotContain(Manifest().Descendants(), e => e.Name.LocalName is "SurrogateServer" or "InProcessServer");
    }

    [Fact]
    public void Every_logo_the_manifest_names_is_in_the_package()
    {
        var names = LocalRecords().Select(r => r.Name.Replace('/', '\\')).ToHashSet();
        var logos = Manifest().Descendants().Attributes().Where(a => a.Name.LocalName.EndsWith("Logo", StringComparison.Ordinal)).Select(a => a.Value)
            .Concat(Manifest().Descendants(F + "Logo").Select(e => e.Value)).ToList();
        Assert.Equal(3, logos.Count);
        Assert.All(logos, logo => Assert.Contains(logo, names));
    }

    [Fact]
    public void The_built_trays_manifest_claims_the_packages_identity()
    {
        var msix = TrayManifest().Root!.Element(XNamespace.Get("urn:schemas-microsoft-com:msix.v1") + "msix")!;
        var identity = Manifest().Root!.Element(F + "Identity")!;
        Assert.Equal((string?)identity.Attribute("Publisher"), (string?)msix.Attribute("publisher"));
        Assert.Equal((string?)identity.Attribute("Name"), (string?)msix.Attribute("packageName"));
        Assert.Equal((string?)Manifest().Descendants(F + "Application").Single().Attribute("Id"), (string?)msix.Attribute("applicationId"));
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var again = _work.PathOf("again.msix");
        SparsePackage.Write(again, Version, LogoFolder);
        Assert.Equal(_package, File.ReadAllBytes(again));
    }

    private XDocument Manifest() => XDocument.Parse(Encoding.UTF8.GetString(Part("AppxManifest.xml")));

    private byte[] Part(string name)
    {
        using var zip = new ZipArchive(new MemoryStream(_package));
        return Read(zip.GetEntry(name)!);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>SHA-256 of each 64 KiB slice, base64: computed here rather than by the packer's code.</summary>
    private static IEnumerable<string> ExpectedBlockHashes(byte[] data)
    {
        for (var offset = 0; offset < data.Length; offset += 65536)
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            sha.AppendData(data, offset, Math.Min(65536, data.Length - offset));
            yield return Convert.ToBase64String(sha.GetHashAndReset());
        }
    }

    private sealed record LocalRecord(string Name, int Flags, int Method, int HeaderSize);

    /// <summary>The local file headers, walked from the first byte as Windows reads them.</summary>
    private List<LocalRecord> LocalRecords()
    {
        var records = new List<LocalRecord>();
        var offset = 0;
        while (BinaryPrimitives.ReadUInt32LittleEndian(_package.AsSpan(offset)) == 0x04034b50)
        {
            var header = _package.AsSpan(offset);
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(header[6..]);
            var method = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
            var compressed = BinaryPrimitives.ReadUInt32LittleEndian(header[18..]);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[26..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            var name = Encoding.ASCII.GetString(header.Slice(30, nameLength));
            records.Add(new LocalRecord(name, flags, method, 30 + nameLength + extraLength));
            offset += 30 + nameLength + extraLength + (int)compressed;
        }
        return records;
    }

    /// <summary>The application manifest embedded in the built AltIdShell.Tray.exe (its RT_MANIFEST resource, UTF-8 text).</summary>
    private static XDocument TrayManifest()
    {
        var configuration = typeof(SparsePackageTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
        var exe = Path.Combine(Fixtures.RepositoryRoot, "src", "AltIdShell.Tray", "bin", configuration, "net48", ProductIdentity.TrayExecutableName);
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(exe));
        var end = text.IndexOf("</assembly>", StringComparison.Ordinal) + "</assembly>".Length;
        var start = text.LastIndexOf("<?xml", end, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the tray has no embedded application manifest");
        return XDocument.Parse(text.Substring(start, end - start));
    }
}
