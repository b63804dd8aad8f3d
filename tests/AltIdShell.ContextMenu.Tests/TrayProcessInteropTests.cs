using System;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using AltIdShell.ContextMenu.Interop;
using AltIdShell.TestSupport;

namespace AltIdShell.ContextMenu.Tests;

/// <summary>
/// The handler starts the tray with CreateProcessW and Explorer as its parent. A structure of the wrong size or a
/// function from the wrong DLL fails only on Windows, inside Explorer, as a menu item that does nothing.
/// </summary>
public class TrayProcessInteropTests : IClassFixture<BuiltNet48Assembly>
{
    private readonly BuiltNet48Assembly _built;

    public TrayProcessInteropTests(BuiltNet48Assembly built) => _built = built;

    [Fact]
    public void STARTUPINFOEXW_has_Windows_layout_on_64_bit()
    {
        Assert.Equal(8, IntPtr.Size);
        Assert.Equal(112, Marshal.SizeOf<StartupInfoEx>()); // STARTUPINFOW (104) and the attribute list pointer
        Assert.Equal(104, (int)Marshal.OffsetOf<StartupInfoEx>(nameof(StartupInfoEx.AttributeList)));
        Assert.Equal(64, (int)Marshal.OffsetOf<StartupInfoEx>(nameof(StartupInfoEx.ShowWindow)));
        Assert.Equal(24, Marshal.SizeOf<ProcessInformation>());
    }

    [Theory]
    [InlineData("CreateProcess", "kernel32.dll", "CreateProcessW")]
    [InlineData("InitializeProcThreadAttributeList", "kernel32.dll", null)]
    [InlineData("UpdateProcThreadAttribute", "kernel32.dll", null)]
    [InlineData("DeleteProcThreadAttributeList", "kernel32.dll", null)]
    [InlineData("OpenProcess", "kernel32.dll", null)]
    [InlineData("CloseHandle", "kernel32.dll", null)]
    [InlineData("GetShellWindow", "user32.dll", null)]
    [InlineData("GetWindowThreadProcessId", "user32.dll", null)]
    public void Native_functions_come_from_the_right_library(string function, string library, string? entryPoint)
    {
        var method = _built.Type("AltIdShell.ContextMenu.Interop.NativeMethods").GetMethod(function, BindingFlags.Public | BindingFlags.Static)!;
        var import = method.GetCustomAttributesData().Single(a => a.AttributeType.Name == "DllImportAttribute");
        Assert.Equal(library, (string)import.ConstructorArguments[0].Value!, ignoreCase: true);
        if (entryPoint != null)
            Assert.Equal(entryPoint, import.NamedArguments.Single(n => n.MemberName == "EntryPoint").TypedValue.Value);
    }

    [Fact]
    public void The_tray_inherits_no_handle_of_the_process_that_showed_the_menu()
    {
        var create = _built.Type("AltIdShell.ContextMenu.Interop.NativeMethods").GetMethod("CreateProcess")!;
        Assert.Equal("inheritHandles", create.GetParameters()[4].Name);
        // No Process.Start with redirection is left in the handler: only TrayProcess's Mono branch uses Process at all.
        var launcher = _built.Type("AltIdShell.ContextMenu.TrayLauncher");
        Assert.DoesNotContain(launcher.GetMethods(BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Public), m => m.GetParameters().Any(p => p.ParameterType.Name == "Process"));
    }
}
