using System;
using System.Linq;
using System.Text;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Store;

/// <summary>
/// The .cer's file name for a certificate that has no file of its own: its certificate name, made safe for Windows.
/// The name comes from whoever issued the certificate, so it may hold path separators, control or bidi characters,
/// or a device name; none of them may steer where the file goes or how its name reads.
/// </summary>
public static class CerFileName
{
    public const int MaxStemLength = 100;
    private const string InvalidOnWindows = "<>:\"/\\|?*";
    private static readonly string[] DeviceNames =
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string For(CertificateSummary summary)
    {
        var stem = new StringBuilder();
        var text = summary.CertificateName;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]);
            if (DisplayText.IsUnsafeAt(text, i) || InvalidOnWindows.IndexOf(text[i]) >= 0)
                stem.Append('_');
            else
                stem.Append(text, i, pair ? 2 : 1);
            if (pair)
                i++;
        }
        // Windows drops trailing dots and spaces; a leading dot hides the file elsewhere and mimics our temporary names.
        var name = stem.ToString().Trim().Trim('.').Trim();
        if (name.Length > MaxStemLength)
            name = name.Substring(0, char.IsHighSurrogate(name[MaxStemLength - 1]) ? MaxStemLength - 1 : MaxStemLength).TrimEnd();
        if (name.Trim('_', '.', ' ').Length == 0)
            name = "certificate-" + Fingerprint.Normalize(summary.Sha256Fingerprint).Substring(0, 8);
        if (DeviceNames.Contains(name.Split('.')[0].TrimEnd(), StringComparer.OrdinalIgnoreCase))
            name = "_" + name;
        return name + ".cer";
    }
}
