using System.Formats.Asn1;

namespace AltIdShell.TestSupport;

/// <summary>
/// The TLV structure of a BER/DER file, for corpora that cut or rewrite it exactly where one element starts or
/// ends rather than every Nth byte. Descends into constructed elements and into OCTET STRINGs that hold ASN.1
/// themselves (PKCS#12 wraps its AuthenticatedSafe and SafeContents that way).
/// </summary>
public static class Asn1Walk
{
    /// <summary>One element: where it starts, where its content starts and ends, and where it ends (after any end-of-contents).</summary>
    public sealed record Element(int Start, int ContentStart, int ContentEnd, int End, Asn1Tag Tag, bool IndefiniteLength);

    /// <summary>Every element of <paramref name="file"/>, outermost first, in file order.</summary>
    public static IReadOnlyList<Element> Elements(byte[] file)
    {
        var elements = new List<Element>();
        Walk(file, 0, file.Length, elements, depth: 0);
        return elements;
    }

    /// <summary>Every offset at which an element starts, its header ends or it ends: the file's structural boundaries.</summary>
    public static IReadOnlyList<int> Boundaries(byte[] file) =>
        Elements(file).SelectMany(e => new[] { e.Start, e.ContentStart, e.ContentEnd, e.End }).Distinct().Order().ToList();

    private static void Walk(byte[] file, int start, int end, List<Element> elements, int depth)
    {
        var offset = start;
        while (offset < end)
        {
            if (!TryRead(file, offset, end, out var element))
                return;
            elements.Add(element);
            if (element.Tag.IsConstructed)
                Walk(file, element.ContentStart, element.ContentEnd, elements, depth + 1);
            else if (element.Tag.TagClass == TagClass.Universal && element.Tag.TagValue == (int)UniversalTagNumber.OctetString && depth < 32
                && IsWholeElement(file, element.ContentStart, element.ContentEnd))
                Walk(file, element.ContentStart, element.ContentEnd, elements, depth + 1);
            offset = element.End;
        }
    }

    private static bool IsWholeElement(byte[] file, int start, int end) =>
        TryRead(file, start, end, out var element) && element.End == end && element.Tag.IsConstructed;

    private static bool TryRead(byte[] file, int offset, int end, out Element element)
    {
        element = null!;
        try
        {
            var span = file.AsSpan(offset, end - offset);
            var tag = Asn1Tag.Decode(span, out _);
            AsnDecoder.ReadEncodedValue(span, AsnEncodingRules.BER, out var contentOffset, out var contentLength, out var consumed);
            var indefinite = span[contentOffset - 1] == 0x80 && consumed == contentOffset + contentLength + 2;
            element = new Element(offset, offset + contentOffset, offset + contentOffset + contentLength, offset + consumed, tag, indefinite);
            return true;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }
}
