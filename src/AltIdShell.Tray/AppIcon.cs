using System;
using System.Drawing;
using System.Drawing.Drawing2D;

namespace AltIdShell.Tray;

/// <summary>The tray's icon, drawn at the size Windows asks for rather than shipped as a file, so it stays sharp at any DPI.</summary>
internal static class AppIcon
{
    private static readonly Color Blue = Color.FromArgb(0x1F, 0x5F, 0xA8);
    private static Icon? _small;
    private static Icon? _large;

    /// <summary>For the notification area. Icons made from a bitmap's handle are never freed: make each size once.</summary>
    public static Icon Small => _small ??= Create(System.Windows.Forms.SystemInformation.SmallIconSize.Width);

    /// <summary>For window title bars and Alt+Tab.</summary>
    public static Icon Large => _large ??= Create(System.Windows.Forms.SystemInformation.IconSize.Width);

    private static Icon Create(int size)
    {
        using var bitmap = new Bitmap(size, size);
        using (var g = Graphics.FromImage(bitmap))
        {
            g.SmoothingMode = SmoothingMode.AntiAlias;
            g.Clear(Color.Transparent);
            var inset = Math.Max(1, size / 16f);
            using (var card = RoundedRectangle(new RectangleF(inset, inset, size - 2 * inset, size - 2 * inset), size / 5f))
            using (var fill = new SolidBrush(Blue))
                g.FillPath(fill, card);
            // A key: ring and shaft, the public key being what we hand out.
            using var pen = new Pen(Color.White, Math.Max(1.5f, size / 10f));
            var ring = size * 0.28f;
            g.DrawEllipse(pen, size * 0.18f, size * 0.36f, ring, ring);
            var y = size * 0.36f + ring / 2;
            g.DrawLine(pen, size * 0.18f + ring, y, size * 0.82f, y);
            g.DrawLine(pen, size * 0.72f, y, size * 0.72f, y + size * 0.16f);
            g.DrawLine(pen, size * 0.62f, y, size * 0.62f, y + size * 0.12f);
        }
        return Icon.FromHandle(bitmap.GetHicon());
    }

    private static GraphicsPath RoundedRectangle(RectangleF r, float radius)
    {
        var path = new GraphicsPath();
        var d = radius * 2;
        path.AddArc(r.Left, r.Top, d, d, 180, 90);
        path.AddArc(r.Right - d, r.Top, d, d, 270, 90);
        path.AddArc(r.Right - d, r.Bottom - d, d, d, 0, 90);
        path.AddArc(r.Left, r.Bottom - d, d, d, 90, 90);
        path.CloseFigure();
        return path;
    }
}
