using System;
using System.Runtime.InteropServices;
using System.Security.Principal;
using AltIdShell.Desktop.Pipe;
using Microsoft.Win32.SafeHandles;

namespace AltIdShell.Tray;

/// <summary>
/// Who holds the other end of the tray's pipe. The name is predictable and machine-wide, so another user's process, an
/// elevated one or a sandboxed one of the same user could have created it first; a later start sends paths and
/// foreground rights only to a server <see cref="PipeServerTrust"/> accepts.
/// </summary>
internal static class PipeServerIdentity
{
    private const int TokenIntegrityLevel = 25;
    private const int TokenIsAppContainer = 29;

    /// <summary>The server's process id when it may be this user's tray; null otherwise or when that cannot be told.</summary>
    public static int? Trusted(SafePipeHandle pipe)
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
        using (var current = WindowsIdentity.GetCurrent())
        {
            var server = Facts(token);
            var client = Facts(current.AccessToken);
            return server != null && client != null && PipeServerTrust.Accepts(server, client) ? processId : null;
        }
    }

    /// <summary>Null when a part cannot be read: then nothing is trusted.</summary>
    private static ProcessTokenFacts? Facts(SafeAccessTokenHandle token)
    {
        using var identity = new WindowsIdentity(token.DangerousGetHandle());
        var integrity = Information(token, TokenIntegrityLevel, IntegrityRid);
        var appContainer = Information(token, TokenIsAppContainer, buffer => Marshal.ReadInt32(buffer));
        return integrity == null || appContainer == null ? null : new ProcessTokenFacts(identity.User?.Value, integrity.Value, appContainer.Value != 0);
    }

    /// <summary>TOKEN_MANDATORY_LABEL starts with the label's SID pointer: its last sub-authority is the level.</summary>
    private static int IntegrityRid(IntPtr buffer)
    {
        var sid = Marshal.ReadIntPtr(buffer);
        var count = Marshal.ReadByte(NativeMethods.GetSidSubAuthorityCount(sid));
        return Marshal.ReadInt32(NativeMethods.GetSidSubAuthority(sid, (uint)(count - 1)));
    }

    private static int? Information(SafeAccessTokenHandle token, int informationClass, Func<IntPtr, int> read)
    {
        NativeMethods.GetTokenInformation(token, informationClass, IntPtr.Zero, 0, out var length);
        if (length == 0)
            return null;
        var buffer = Marshal.AllocHGlobal(length);
        try
        {
            return NativeMethods.GetTokenInformation(token, informationClass, buffer, length, out _) ? read(buffer) : null;
        }
        finally
        {
            Marshal.FreeHGlobal(buffer);
        }
    }
}
