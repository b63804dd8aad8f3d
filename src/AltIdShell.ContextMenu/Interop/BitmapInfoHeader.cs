using System.Runtime.InteropServices;

namespace AltIdShell.ContextMenu.Interop;

/// <summary>wingdi.h BITMAPINFOHEADER, for the 32-bit DIB section Explorer draws menu icons with alpha from.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct BitmapInfoHeader
{
    public uint Size;
    public int Width;
    public int Height;
    public ushort Planes;
    public ushort BitCount;
    public uint Compression;
    public uint SizeImage;
    public int XPelsPerMeter;
    public int YPelsPerMeter;
    public uint ColorsUsed;
    public uint ColorsImportant;
}
