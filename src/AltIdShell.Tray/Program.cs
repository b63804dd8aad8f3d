using System;
using System.IO;
using System.Windows.Forms;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.Tray;
using AltIdShell.Tray.WinRt;
using AltIdShell.Shared;

namespace AltIdShell.Tray;

/// <summary>
/// Every start of AltIdShell.Tray.exe: from Explorer (paths on standard input), from a notification button
/// (altidshell: URI), from Windows' autostart (--background), from the installer (--exit) or by hand. Only the
/// first, unelevated start in a session becomes the tray; every other one forwards its request over the pipe or
/// does its one job, and exits (<see cref="StartPlan"/>). Under Mono there is no pipe: each start is a tray.
/// </summary>
internal static class Program
{
    private static readonly TimeSpan ForwardPatience = TimeSpan.FromSeconds(10);

    [STAThread]
    private static int Main(string[] args)
    {
        TrayFaults.Install();
        Application.EnableVisualStyles();
        Application.SetCompatibleTextRenderingDefault(false);
        var request = Parse(args);
        if (!TrayPlatform.IsWindows)
            return Run(StartPlan.For(request, isFirstInstance: true, isElevated: false), request, pipeName: null);

        using var instance = SingleInstance.Acquire();
        var action = StartPlan.For(request, instance.IsFirst, TrayPlatform.IsElevated());
        if (action == StartAction.Forward)
        {
            if (PipeClient.TrySend(instance.PipeName, request, ForwardPatience))
                return 0;
            action = StartPlan.AfterFailedForward(request);
            if (action == StartAction.Nothing)
                return 1;
        }
        if (action != StartAction.BecomeTray)
            instance.Release();
        return Run(action, request, instance.PipeName);
    }

    private static LaunchRequest Parse(string[] args)
    {
        try
        {
            var pipe = LaunchParser.HandoffPipe(args);
            var handedOver = pipe != null ? TrayPlatform.HandedOverPaths(pipe) : TrayPlatform.StandardInputPaths();
            return LaunchParser.Parse(args, handedOver, CertificatePath.CurrentStyle, TrayFiles.Exists);
        }
        catch (InvalidDataException e)
        {
            return LaunchRequest.Invalid(e.Message);
        }
    }

    private static int Run(StartAction action, LaunchRequest request, string? pipeName)
    {
        switch (action)
        {
            case StartAction.TellUser:
                MessageBox.Show(TrayText.ErrorLaunch.Format(request.Problem!).ToString(), TrayText.ProductName.ToString(), MessageBoxButtons.OK, MessageBoxIcon.Warning);
                return 2;
            case StartAction.BecomeTray:
            case StartAction.DoOnceAndExit:
                if (TrayPlatform.IsWindows)
                {
                    NativeMethods.SetCurrentProcessExplicitAppUserModelID(ProductIdentity.AppUserModelId);
                    ToastIdentity.EnsureRegistered();
                }
                var resident = action == StartAction.BecomeTray;
                using (var tray = new TrayApplication(resident))
                {
                    if (resident && pipeName != null)
                        tray.Listen(pipeName);
                    tray.Post(request);
                    Application.Run(tray);
                }
                return 0;
            default:
                return 0;
        }
    }
}
