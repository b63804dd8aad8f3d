using System;
using System.Collections.Specialized;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Windows.Forms;

namespace AltIdShell.Tray;

/// <summary>What the tray asks of the desktop: show a file in its folder, open a web page, put things on the clipboard.</summary>
internal static class ShellActions
{
    public const string RecipientRegister = Desktop.Notifications.AltIdRegister.Address;

    /// <summary>Opens the folder with the file selected (Explorer), or just the folder elsewhere.</summary>
    public static void Reveal(string path)
    {
        if (TrayPlatform.IsWindows)
            Start("explorer.exe", "/select,\"" + path + "\"");
        else
            Start("xdg-open", "\"" + (Path.GetDirectoryName(path) ?? path) + "\"");
    }

    public static void OpenWebPage(string url)
    {
        if (TrayPlatform.IsWindows)
            Start(url, null);
        else
            Start("xdg-open", url);
    }

    /// <summary>False when another program holds the clipboard through every retry.</summary>
    public static bool CopyText(string text) => SetClipboard(new DataObject(DataFormats.UnicodeText, text));

    /// <summary>
    /// As a file drop list and as its path in text: the upload dialog's File name box takes only text (Ctrl+V, Enter
    /// chooses the file), a web page or Explorer takes the file.
    /// </summary>
    public static bool CopyFile(string path)
    {
        var data = new DataObject();
        data.SetFileDropList(new StringCollection { path });
        data.SetText(path, TextDataFormat.UnicodeText);
        return SetClipboard(data);
    }

    /// <summary>
    /// The clipboard is one shared lock: a clipboard manager or a remote-desktop client holding it makes a single
    /// attempt throw. WinForms' own retry (10 × 100 ms) rides that out; beyond it the caller tells the user.
    /// </summary>
    private static bool SetClipboard(DataObject data)
    {
        try
        {
            Clipboard.SetDataObject(data, copy: true, retryTimes: 10, retryDelay: 100);
            return true;
        }
        catch (ExternalException e)
        {
            TrayLog.Warning("clipboard busy: " + e.Message);
            return false;
        }
    }

    private static void Start(string file, string? arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments ?? "") { UseShellExecute = true });
        }
        catch (Exception e) when (e is Win32Exception or FileNotFoundException or InvalidOperationException)
        {
            MessageBox.Show(e.Message, Desktop.Tray.TrayText.ProductName.ToString(), MessageBoxButtons.OK, MessageBoxIcon.Warning);
        }
    }
}
