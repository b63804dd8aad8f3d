using System.Security.Principal;
using Microsoft.Win32.SafeHandles;

namespace AltIdShell.Tray;

/// <summary>
/// Who holds the other end of the tray's pipe. The name is predictable and machine-wide, so another user's process
/// (or an elevated one) could have created it first; a later start sends paths and foreground rights only to a
/// server running as the same user, unelevated.
/// </summary>
internal static class PipeServerIdentity
{
    /// <summary>The server's process id when it runs as the current user; null otherwise or when that cannot be told.</summary>
    public static int? SameUser(SafePipeHandle pipe)
    {
        if (!NativeMethods.GetNamedPipeServerProcessId(pipe, out var processId))
            return null;
        using var process = NativeMethods.OpenProcess(NativeMethods.ProcessQueryLimitedInformation, false, processId);
        if (process.IsInvalid)
            return null;
        // An elevated server's token cannot be opened from a normal process: it counts as not ours, as it should.
        if (!NativeMethods.OpenProcessToken(process, NativeMethods.TokenQuery, out var token))
            return null;
        using (token)
        using (var server = new WindowsIdentity(token.DangerousGetHandle()))
        using (var current = WindowsIdentity.GetCurrent())
            return server.User != null && server.User == current.User ? processId : null;
    }
}
