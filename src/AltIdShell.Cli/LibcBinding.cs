#if NET
using System;
using System.Reflection;
using System.Runtime.InteropServices;
using AltIdShell.Core.Export;

namespace AltIdShell.Cli;

/// <summary>
/// Binds "libc", the name the engine's file checks and the password prompt import from, to the C library the process
/// has already loaded. Left to .NET's probing, "libc" is looked for under several file names through the loader's
/// cache, a millisecond or more of every export on Linux (issue 18); glibc's is always libc.so.6. Where that is not
/// there (musl, other systems), the probing goes on as before.
/// </summary>
internal static class LibcBinding
{
    public static void Register()
    {
        if (!OperatingSystem.IsLinux())
            return;
        NativeLibrary.SetDllImportResolver(typeof(LibcBinding).Assembly, Resolve);
        NativeLibrary.SetDllImportResolver(typeof(CertificateExporter).Assembly, Resolve);
    }

    internal static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name == "libc" && NativeLibrary.TryLoad("libc.so.6", out var handle) ? handle : IntPtr.Zero;
}
#endif
