using System.Windows.Forms;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Tray;

/// <summary>Why a start or a click of the Windows 11 verb did nothing, told the person who asked: one way for both.</summary>
internal static class LaunchRefusal
{
    public static void Show(LaunchRequest request) =>
        MessageBox.Show(TrayText.ErrorLaunch.Format(request.Problem!.Value).ToString(), TrayText.ProductName.ToString(),
            MessageBoxButtons.OK, MessageBoxIcon.Warning);
}
