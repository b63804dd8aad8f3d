using System;
using System.IO;
using System.Windows.Forms;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.Pipe;
using AltIdShell.Desktop.Registration;
using AltIdShell.Desktop.Tray;
using AltIdShell.Desktop.TopLevelMenu;
using AltIdShell.Tray.TopLevelMenu;
using AltIdShell.Tray.WinRt;
using AltIdShell.Shared;

namespace AltIdShell.Tray;

/// <summary>
/// Every start of AltIdShell.Tray.exe: from Explorer (paths on standard input), from a notification button
/// (altidshell: URI), from Windows' autostart (--background) or by hand. The first start in a session becomes the
/// tray; later ones hand their request over the pipe and exit. Under Mono there is no pipe: each start is a tray.
/// </summary>
internal static class Program
{
    private static readonly TimeSpan ForwardPatience = TimeSpan.FromSeconds(10);

    [STAThread]
    private static int Main(string[] args)
    {
        Application.EnableVisualStyles();
        Application.SetCompatibleTextRenderingDefault(false);
        if (TopLevelMenuArguments.IsRemovePackage(args))
            return SparsePackageRegistrar.Remove();
        // Started by COM for the Windows 11 verb: a tray without a window, until a click asks for something.
        var comServerStart = TopLevelMenuArguments.IsComServerStart(args);
        LaunchRequest request;
        try
        {
            request = comServerStart ? LaunchRequest.Background : LaunchParser.Parse(args, TrayPlatform.StandardInputPaths(), CertificatePath.CurrentStyle, File.Exists);
        }
        catch (InvalidDataException e)
        {
            request = LaunchRequest.Invalid(e.Message);
        }
        if (request.Kind == LaunchKind.Invalid)
        {
            MessageBox.Show(TrayText.ErrorLaunch.Format(request.Problem!).ToString(), TrayText.ProductName.ToString(), MessageBoxButtons.OK, MessageBoxIcon.Warning);
            return 2;
        }
        if (!TrayPlatform.IsWindows)
            return RunTray(request, pipeName: null, comServerStart);

        NativeMethods.SetCurrentProcessExplicitAppUserModelID(ProductIdentity.AppUserModelId);
        ToastIdentity.EnsureRegistered();
        using var instance = SingleInstance.Acquire();
        if (instance.IsFirst)
            return RunTray(request, instance.PipeName, comServerStart);
        // COM started this process although a tray runs (one without package identity may not answer the package's
        // activation): serve the verb here and pass its click to that tray.
        if (comServerStart)
            return TopLevelMenuHost.ServeAndForward(paths => PipeClient.TrySend(instance.PipeName, PipeMessage.For(LaunchRequest.Export(paths))!, ForwardPatience));
        var message = PipeMessage.For(request);
        if (message == null || PipeClient.TrySend(instance.PipeName, message, ForwardPatience))
            return 0;
        // The running tray does not answer (hung, or just exiting): do this one job here rather than lose it.
        return RunTray(request, pipeName: null, comServerStart);
    }

    private static int RunTray(LaunchRequest request, string? pipeName, bool comServerStart)
    {
        using var tray = new TrayApplication();
        if (pipeName != null)
            tray.Listen(pipeName);
        using var topLevelMenu = TopLevelMenuHost.Start(tray, tray.Post, comServerStart);
        tray.Post(request);
        Application.Run(tray);
        return 0;
    }
}
