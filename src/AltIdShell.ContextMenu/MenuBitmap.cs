using System;
using System.Drawing;
using System.Drawing.Drawing2D;
using System.Drawing.Imaging;
using System.Runtime.InteropServices;
using System.Threading;
using AltIdShell.ContextMenu.Interop;

namespace AltIdShell.ContextMenu;

/// <summary>
/// The menu item's icon: one GDI bitmap per process, made on first use and never deleted by us. Explorer makes a
/// handler per right-click but destroys the menu on its own schedule, often after our handler is gone, and the menu
/// keeps drawing from our handle; a bitmap per handler would either leak a GDI object per right-click until menus
/// go blank (SharpShell #388, #405) or be freed under a menu still showing it. Windows frees it with the process.
/// </summary>
internal static class MenuBitmap
{
    private const string ResourceName = "AltIdShell.ContextMenu.MenuIcon.png";
    private static readonly Lazy<IntPtr> Shared = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>IntPtr.Zero when the bitmap could not be made: the item then shows without an icon.</summary>
    public static IntPtr Handle => Shared.Value;

    private static IntPtr Create()
    {
        var bitmap = IntPtr.Zero;
        try
        {
            var size = NativeMethods.GetSystemMetrics(NativeMethods.SmallIconWidthMetric);
            if (size <= 0)
                size = 16;
            using var stream = typeof(MenuBitmap).Assembly.GetManifestResourceStream(ResourceName);
            if (stream == null)
                return IntPtr.Zero;
            using var source = new Bitmap(stream);
            using var scaled = new Bitmap(size, size, PixelFormat.Format32bppPArgb);
            using (var graphics = Graphics.FromImage(scaled))
            {
                graphics.InterpolationMode = InterpolationMode.HighQualityBicubic;
                graphics.DrawImage(source, new Rectangle(0, 0, size, size));
            }

            // Menus draw a 32-bit premultiplied DIB section with its alpha; Bitmap.GetHbitmap would flatten the alpha.
            var header = new BitmapInfoHeader
            {
                Size = (uint)Marshal.SizeOf(typeof(BitmapInfoHeader)),
                Width = size,
                Height = -size, // top-down, the row order GDI+ hands out
                Planes = 1,
                BitCount = 32,
            };
            bitmap = NativeMethods.CreateDIBSection(IntPtr.Zero, ref header, NativeMethods.DibRgbColors, out var bits, IntPtr.Zero, 0);
            if (bitmap == IntPtr.Zero)
                return IntPtr.Zero;
            var locked = scaled.LockBits(new Rectangle(0, 0, size, size), ImageLockMode.ReadOnly, PixelFormat.Format32bppPArgb);
            try
            {
                var row = new byte[size * 4];
                for (var y = 0; y < size; y++)
                {
                    Marshal.Copy(locked.Scan0 + y * locked.Stride, row, 0, row.Length);
                    Marshal.Copy(row, 0, bits + y * row.Length, row.Length);
                }
            }
            finally
            {
                scaled.UnlockBits(locked);
            }
            var made = bitmap;
            bitmap = IntPtr.Zero;
            return made;
        }
        catch (Exception)
        {
            return IntPtr.Zero;
        }
        finally
        {
            if (bitmap != IntPtr.Zero)
                NativeMethods.DeleteObject(bitmap);
        }
    }
}
