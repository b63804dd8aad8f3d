using System;
using System.IO;
using System.Windows.Forms;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.TopLevelMenu;
using AltIdShell.Desktop.Tray;
using AltIdShell.Shared;
using AltIdShell.Tray.TopLevelMenu;
using AltIdShell.Tray.WinRt;

namespace AltIdShell.Tray;

/// <summary>
/// Every start of AltIdShell.Tray.exe: from Explorer (paths through the hand-over pipe), from COM for the Windows 11
/// verb (-Embedding), from a notification button (altidshell: URI), from Windows' autostart (--background), from the
/// installer (--exit, --remove-package) or by hand. Only the first, unelevated start in a session becomes the tray;
/// every other one forwards its request over the pipe or does its one job, and exits (<see cref="StartPlan"/>).
/// Under Mono there is no pipe: each start is a tray.
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
        if (TopLevelMenuArguments.IsRemovePackage(args))
            return SparsePackageRegistrar.Remove();
        // Started by COM for the Windows 11 verb: a tray without a window, until a click asks for something.
        var comServerStart = TopLevelMenuArguments.IsComServerStart(args);
        var request = comServerStart ? LaunchRequest.Background : Parse(args);
        if (!TrayPlatform.IsWindows)
            return Run(StartPlan.For(request, isFirstInstance: true, isElevated: false), request, pipeName: null, comServerStart);

        using var instance = SingleInstance.Acquire();
        // COM started this process although a tray runs (one started before the package was registered may lack the
        // identity COM activates): serve the verb here and pass its click to that tray.
        if (comServerStart && !instance.IsFirst)
            return TopLevelMenuHost.ServeAndForward(paths => PipeClient.TrySend(instance.PipeName, LaunchRequest.Export(paths), ForwardPatience));
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
        return Run(action, request, instance.PipeName, comServerStart);
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

    private static int Run(StartAction action, LaunchRequest request, string? pipeName, bool comServerStart)
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
                using (resident ? TopLevelMenuHost.Start(tray, tray.Post, comServerStart) : null)
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
