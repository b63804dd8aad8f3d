using System;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace AltIdShell.Tray;

/// <summary>The few Win32 calls the tray makes; each caller checks <see cref="TrayPlatform.IsWindows"/> first.</summary>
internal static class NativeMethods
{
    public const int ProcessQueryLimitedInformation = 0x1000;
    public const int TokenQuery = 0x0008;

    [DllImport("shell32.dll", CharSet = CharSet.Unicode, PreserveSig = true)]
    public static extern int SetCurrentProcessExplicitAppUserModelID(string appId);

    [DllImport("user32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static extern bool AllowSetForegroundWindow(int processId);

    [DllImport("user32.dll", CharSet = CharSet.Unicode, EntryPoint = "FindWindowExW")]
    public static extern IntPtr FindWindowEx(IntPtr parent, IntPtr childAfter, string? className, string? windowName);

    [DllImport("user32.dll", CharSet = CharSet.Unicode, EntryPoint = "PostMessageW")]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static extern bool PostMessage(IntPtr window, int message, IntPtr wParam, IntPtr lParam);

    [DllImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static extern bool GetNamedPipeServerProcessId(SafePipeHandle pipe, out int serverProcessId);

    /// <summary>Cancels the I/O every thread has pending on the handle: the pipe server's cut-off of a silent client.</summary>
    [DllImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static extern bool CancelIoEx(SafePipeHandle handle, IntPtr overlapped);

    [DllImport("kernel32.dll", SetLastError = true)]
    public static extern SafeProcessHandle OpenProcess(int desiredAccess, [MarshalAs(UnmanagedType.Bool)] bool inheritHandle, int processId);

    [DllImport("advapi32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static extern bool OpenProcessToken(SafeProcessHandle process, int desiredAccess, out SafeAccessTokenHandle token);

    [DllImport("advapi32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static extern bool GetTokenInformation(SafeAccessTokenHandle token, int informationClass, IntPtr information, int length, out int returnLength);

    [DllImport("advapi32.dll")]
    public static extern IntPtr GetSidSubAuthorityCount(IntPtr sid);

    [DllImport("advapi32.dll")]
    public static extern IntPtr GetSidSubAuthority(IntPtr sid, uint subAuthority);

    [DllImport("combase.dll", CharSet = CharSet.Unicode, PreserveSig = true)]
    public static extern int WindowsCreateString(string sourceString, int length, out IntPtr hstring);

    [DllImport("combase.dll", PreserveSig = true)]
    public static extern int WindowsDeleteString(IntPtr hstring);

    /// <summary>The characters of an HSTRING, valid while it lives; null for the empty string.</summary>
    [DllImport("combase.dll", PreserveSig = true)]
    public static extern IntPtr WindowsGetStringRawBuffer(IntPtr hstring, out uint length);

    /// <summary>
    /// ERROR_INSUFFICIENT_BUFFER (122) with no buffer when the process has a package identity (the sparse package's
    /// &lt;msix&gt; element took effect), APPMODEL_ERROR_NO_PACKAGE (15700) when it has none.
    /// </summary>
    [DllImport("kernel32.dll", CharSet = CharSet.Unicode, PreserveSig = true)]
    public static extern int GetCurrentPackageFullName(ref uint length, IntPtr fullName);

    [DllImport("combase.dll", PreserveSig = true)]
    public static extern int RoGetActivationFactory(IntPtr activatableClassId, [In] ref Guid iid, out IntPtr factory);

    [DllImport("combase.dll", PreserveSig = true)]
    public static extern int RoActivateInstance(IntPtr activatableClassId, out IntPtr instance);
}
