using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Windows.Forms;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.TopLevelMenu;
using AltIdShell.Shared;
using AltIdShell.Tray.TopLevelMenu;
using AltIdShell.Tray.WinRt;

namespace AltIdShell.Tray;

/// <summary>
/// Every start of AltIdShell.Tray.exe: from Explorer (paths through the hand-over pipe), from COM for the Windows 11
/// verb (-Embedding), from a notification button (altidshell: URI), from Windows' autostart (--background), from the
/// installer (--exit, --remove-package [--all-users]), by itself after registering the package, or by hand. Only the
/// first, unelevated start in a session that is not a COM start becomes the tray; every other one forwards its request
/// over the pipe or does its one job, and exits (<see cref="StartPlan"/>).
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
            return SparsePackageRegistrar.Remove(TopLevelMenuArguments.RemovesForAllUsers(args));
        // Started by COM for the Windows 11 verb: quiet, and never the tray (it does not take the session).
        var comServerStart = TopLevelMenuArguments.IsComServerStart(args);
        if (comServerStart && TrayPlatform.IsWindows)
            return ServeComStart();
        var request = comServerStart ? LaunchRequest.Background : Parse(args);
        if (!TrayPlatform.IsWindows)
            return Run(StartPlan.For(request, isFirstInstance: true, isElevated: false), request, pipeName: null, out _);

        if (request.Kind == LaunchKind.Exit)
            ShutdownWindow.CloseComServers();
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
        var exitCode = Run(action, request, instance.PipeName, out var restart);
        if (restart)
        {
            // The package was registered by this process, which started without its identity: a new start has it.
            instance.Release();
            Process.Start(new ProcessStartInfo(Assembly.GetExecutingAssembly().Location, LaunchParser.BackgroundOption) { UseShellExecute = false });
        }
        return exitCode;
    }

    /// <summary>
    /// Serves the verb; each click goes to the running tray, and whatever it did not take (no tray runs, it is hung) is
    /// done here once, as the classic path does after a failed hand-over, with every refusal shown.
    /// </summary>
    private static int ServeComStart()
    {
        var pipeName = SingleInstance.PipeNameOfThisSession();
        foreach (var click in TopLevelMenuHost.ServeAndForward(click => PipeClient.TrySend(pipeName, click, ForwardPatience)))
            Run(click.Kind == LaunchKind.Invalid ? StartAction.TellUser : StartPlan.AfterFailedForward(click), click, pipeName: null, out _);
        return 0;
    }

    private static LaunchRequest Parse(string[] args)
    {
        try
        {
            var pipe = LaunchParser.HandoffPipe(args);
            var handedOver = pipe != null ? TrayPlatform.HandedOverPaths(pipe) : TrayPlatform.StandardInputPaths();
            return LaunchParser.Parse(args, handedOver, CertificatePath.CurrentStyle, TrayFiles.Exists);
        }
        catch (InvalidDataException)
        {
            return LaunchRequest.Invalid(LaunchProblemText.SelectionTooLarge);
        }
    }

    private static int Run(StartAction action, LaunchRequest request, string? pipeName, out bool restart)
    {
        restart = false;
        switch (action)
        {
            case StartAction.TellUser:
                LaunchRefusal.Show(request);
                return 2;
            case StartAction.BecomeTray:
            case StartAction.DoOnceAndExit:
                if (TrayPlatform.IsWindows)
                {
                    // With the package's identity, Windows shows toasts under the package's own id only.
                    if (!PackageIdentity.IsPackaged)
                        NativeMethods.SetCurrentProcessExplicitAppUserModelID(ProductIdentity.AppUserModelId);
                    ToastIdentity.EnsureRegistered();
                }
                var resident = action == StartAction.BecomeTray;
                using (var tray = new TrayApplication(resident))
                using (var host = resident ? TopLevelMenuHost.Start(tray, () => tray.IsBusy, tray.Post) : null)
                {
                    if (resident && pipeName != null)
                        tray.Listen(pipeName);
                    tray.Post(request);
                    Application.Run(tray);
                    restart = host?.RestartRequested == true;
                }
                return 0;
            default:
                return 0;
        }
    }
}
