using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using AltIdShell.ContextMenu.Interop;

namespace AltIdShell.ContextMenu;

/// <summary>
/// Starts the long-lived tray as a child of Explorer, not of whatever process showed the menu (a packaged app's file
/// dialog, an elevated program): with Explorer as its parent the tray takes Explorer's token and job, so not the
/// host's integrity level, package identity or job (which would end the tray when that program closes), and it
/// inherits no handle. Where Explorer's process cannot be opened (a sandboxed host) it is started directly, still
/// without handles and out of the host's job where the job allows that.
/// </summary>
internal static class TrayProcess
{
    public static bool OnWindows => Environment.OSVersion.Platform == PlatformID.Win32NT;

    public static void Start(string executable, string arguments, string workingDirectory)
    {
        if (!OnWindows)
        {
            // Mono on Linux (the handler's tests): no Explorer, no jobs, nothing inherited without redirection.
            Process.Start(new ProcessStartInfo(executable, arguments) { UseShellExecute = false, WorkingDirectory = workingDirectory })?.Dispose();
            return;
        }
        var explorer = OpenExplorer();
        try
        {
            var commandLine = "\"" + executable + "\" " + arguments;
            foreach (var parent in explorer != IntPtr.Zero ? new[] { explorer, IntPtr.Zero } : new[] { IntPtr.Zero })
            {
                // Breaking away fails where the job forbids it; then the job is kept rather than the start lost.
                foreach (var flags in new[] { NativeMethods.CreateBreakawayFromJob, 0 })
                {
                    if (TryCreate(executable, commandLine, workingDirectory, parent, flags))
                        return;
                }
            }
            throw new System.ComponentModel.Win32Exception(Marshal.GetLastWin32Error());
        }
        finally
        {
            if (explorer != IntPtr.Zero)
                NativeMethods.CloseHandle(explorer);
        }
    }

    private static IntPtr OpenExplorer()
    {
        var shell = NativeMethods.GetShellWindow();
        if (shell == IntPtr.Zero || NativeMethods.GetWindowThreadProcessId(shell, out var processId) == 0)
            return IntPtr.Zero;
        return NativeMethods.OpenProcess(NativeMethods.ProcessCreateProcess, false, processId);
    }

    private static bool TryCreate(string executable, string commandLine, string workingDirectory, IntPtr parent, int flags)
    {
        // The extended size only with the attribute list; plain STARTUPINFOW otherwise.
        var info = new StartupInfoEx
        {
            Size = parent != IntPtr.Zero ? Marshal.SizeOf(typeof(StartupInfoEx)) : (int)Marshal.OffsetOf(typeof(StartupInfoEx), nameof(StartupInfoEx.AttributeList)),
        };
        var attributes = IntPtr.Zero;
        var parentValue = IntPtr.Zero;
        try
        {
            if (parent != IntPtr.Zero)
            {
                var size = IntPtr.Zero;
                NativeMethods.InitializeProcThreadAttributeList(IntPtr.Zero, 1, 0, ref size);
                attributes = Marshal.AllocHGlobal(size);
                if (!NativeMethods.InitializeProcThreadAttributeList(attributes, 1, 0, ref size))
                {
                    Marshal.FreeHGlobal(attributes);
                    attributes = IntPtr.Zero;
                    return false;
                }
                // The attribute's value is a pointer to the HANDLE, which must stay valid until CreateProcess returns.
                parentValue = Marshal.AllocHGlobal(IntPtr.Size);
                Marshal.WriteIntPtr(parentValue, parent);
                if (!NativeMethods.UpdateProcThreadAttribute(attributes, 0, NativeMethods.ProcThreadAttributeParentProcess, parentValue, new IntPtr(IntPtr.Size), IntPtr.Zero, IntPtr.Zero))
                    return false;
                info.AttributeList = attributes;
                flags |= NativeMethods.ExtendedStartupInfoPresent;
            }
            if (!NativeMethods.CreateProcess(executable, new StringBuilder(commandLine), IntPtr.Zero, IntPtr.Zero, inheritHandles: false,
                    flags, IntPtr.Zero, workingDirectory, ref info, out var process))
                return false;
            NativeMethods.CloseHandle(process.Thread);
            NativeMethods.CloseHandle(process.Process);
            return true;
        }
        finally
        {
            if (attributes != IntPtr.Zero)
            {
                NativeMethods.DeleteProcThreadAttributeList(attributes);
                Marshal.FreeHGlobal(attributes);
            }
            if (parentValue != IntPtr.Zero)
                Marshal.FreeHGlobal(parentValue);
        }
    }
}
