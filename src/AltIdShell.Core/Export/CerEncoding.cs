using System;
using System.Text;

namespace AltIdShell.Core.Export;

/// <summary>The bytes of a .cer file: DER as is, or PEM (Base64 in 64-character lines, as OpenSSL writes it).</summary>
public static class CerEncoding
{
    public static byte[] Encode(byte[] der, CerFormat format)
    {
        if (format == CerFormat.Der)
            return der;
        var base64 = Convert.ToBase64String(der);
        var pem = new StringBuilder("-----BEGIN CERTIFICATE-----\n");
        for (var i = 0; i < base64.Length; i += 64)
            pem.Append(base64, i, Math.Min(64, base64.Length - i)).Append('\n');
        pem.Append("-----END CERTIFICATE-----\n");
        return Encoding.ASCII.GetBytes(pem.ToString());
    }
}
