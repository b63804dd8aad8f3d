using System;
using System.Text;

namespace AltIdShell.Desktop.Registration;

/// <summary>
/// The CodeBase value in the form regasm /codebase writes it: file:/// followed by the path with forward slashes.
/// Spaces and letters such as æøå stay literal, as regasm leaves them and as the installer's [#File] form must
/// (it cannot escape at install time); only '%' and '#', which would otherwise be read as URL syntax, are escaped.
/// </summary>
public static class CodeBaseUrl
{
    public static string FromWindowsPath(string path)
    {
        // A drive path gets the empty host (file:///C:/…); a UNC path's server is the host (file://server/share/…).
        var url = new StringBuilder(path.StartsWith(@"\\", StringComparison.Ordinal) ? "file:" : "file:///", path.Length + 16);
        foreach (var c in path)
        {
            switch (c)
            {
                case '\\': url.Append('/'); break;
                case '%': url.Append("%25"); break;
                case '#': url.Append("%23"); break;
                default: url.Append(c); break;
            }
        }
        return url.ToString();
    }
}
