using System.Collections.Generic;
using System.Linq;
using Org.BouncyCastle.Asn1.X509;

namespace AltIdShell.Core.Certificates;

/// <summary>A subject or issuer name as attribute/value pairs, in the order the certificate encodes them.</summary>
public sealed class DistinguishedName
{
    private static readonly Dictionary<string, string> ShortNames = new()
    {
        ["2.5.4.3"] = "CN",
        ["2.5.4.4"] = "SN",
        ["2.5.4.5"] = "SERIALNUMBER",
        ["2.5.4.6"] = "C",
        ["2.5.4.7"] = "L",
        ["2.5.4.8"] = "S",
        ["2.5.4.10"] = "O",
        ["2.5.4.11"] = "OU",
        ["2.5.4.42"] = "G",
        ["2.5.4.97"] = "OID.2.5.4.97",
        ["1.2.840.113549.1.9.1"] = "E",
    };

    public DistinguishedName(IReadOnlyList<KeyValuePair<string, string>> attributes) => Attributes = attributes;

    /// <summary>(OID, value) pairs in encoded order (most significant first: C, O, …, CN).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; }

    public string? Get(string oid) => Attributes.FirstOrDefault(a => a.Key == oid).Value;

    public IEnumerable<string> GetAll(string oid) => Attributes.Where(a => a.Key == oid).Select(a => a.Value);

    /// <summary>In reverse encoded order, as Windows and RFC 4514 show names: usually "CN=…, OU=…, O=…, C=DK".</summary>
    public override string ToString() => string.Join(", ", Attributes.Reverse().Select(a =>
        (ShortNames.TryGetValue(a.Key, out var name) ? name : "OID." + a.Key) + "=" + a.Value));

    internal static DistinguishedName From(X509Name name)
    {
        var oids = name.GetOidList();
        var values = name.GetValueList();
        return new DistinguishedName(oids.Select((oid, i) => new KeyValuePair<string, string>(oid.Id, values[i])).ToList());
    }
}
