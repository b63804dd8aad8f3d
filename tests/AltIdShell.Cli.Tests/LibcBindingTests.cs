using System.Runtime.InteropServices;

namespace AltIdShell.Cli.Tests;

/// <summary>
/// "libc" resolves to the C library already loaded, without .NET's probing (issue 18); other names are left to the
/// probing. The whole-process tests run every export through the binding.
/// </summary>
public sealed class LibcBindingTests
{
    [Fact]
    public void Libc_is_the_loaded_C_library_on_Linux()
    {
        var handle = LibcBinding.Resolve("libc", typeof(LibcBinding).Assembly, null);

        Assert.Equal(OperatingSystem.IsLinux(), handle != IntPtr.Zero);
        if (handle != IntPtr.Zero)
            Assert.True(NativeLibrary.TryGetExport(handle, "stat", out _) || NativeLibrary.TryGetExport(handle, "__xstat", out _));
    }

    [Fact]
    public void Other_libraries_are_left_to_the_probing()
    {
        Assert.Equal(IntPtr.Zero, LibcBinding.Resolve("kernel32.dll", typeof(LibcBinding).Assembly, null));
        Assert.Equal(IntPtr.Zero, LibcBinding.Resolve("libc.so", typeof(LibcBinding).Assembly, null));
    }
}
