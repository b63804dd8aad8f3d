using System.Reflection;
using System.Runtime.InteropServices;
using AltIdShell.TestSupport;

namespace AltIdShell.Tray.Tests;

/// <summary>
/// The WinRT toast interfaces as the built exe declares them. A wrong IID or a method in the wrong place would call
/// into the wrong vtable slot on Windows, which no Linux run would notice; the IIDs and slot orders are those of
/// windows.ui.notifications.idl and windows.data.xml.dom.idl (shared/reference/windows-shell.md).
/// </summary>
public class ToastInteropTests : IClassFixture<BuiltNet48Assembly>
{
    private readonly BuiltNet48Assembly _built;

    public ToastInteropTests(BuiltNet48Assembly built) => _built = built;

    [Theory]
    [InlineData("IToastNotificationManagerStatics", "50AC103F-D235-4598-BBEF-98FE4D1A3AD4", new[] { "CreateToastNotifier", "CreateToastNotifierWithId" })]
    [InlineData("IToastNotifier", "75927B93-03F3-41EC-91D3-6E5BAC1B38E7", new[] { "Show", "Hide", "GetSetting" })]
    [InlineData("IToastNotificationFactory", "04124B20-82C6-4229-B109-FD9ED4662B53", new[] { "CreateToastNotification" })]
    [InlineData("IXmlDocumentIO", "6CD0E74E-EE65-4489-9EBF-CA43E87BA637", new[] { "LoadXml" })]
    public void WinRT_interfaces_match_Windows(string name, string iid, string[] vtableOrder)
    {
        var type = _built.Type("AltIdShell.Tray.WinRt." + name);
        ComDeclaration.AssertInterface(type, iid, ComInterfaceType.InterfaceIsIInspectable, vtableOrder);
        Assert.All(type.GetMethods(), m =>
        {
            Assert.All(m.GetParameters(), p => Assert.True(
                p.ParameterType.FullName is "System.IntPtr" or "System.IntPtr&" || p.ParameterType.IsByRef,
                m.Name + ": HSTRINGs and interface pointers travel as IntPtr"));
        });
    }

    [Fact]
    public void Out_parameters_are_the_last_ones()
    {
        var statics = _built.Type("AltIdShell.Tray.WinRt.IToastNotificationManagerStatics");
        var withId = statics.GetMethod("CreateToastNotifierWithId")!.GetParameters();
        Assert.Equal(new[] { false, true }, withId.Select(p => p.IsOut));
        var setting = _built.Type("AltIdShell.Tray.WinRt.IToastNotifier").GetMethod("GetSetting")!.GetParameters();
        Assert.True(Assert.Single(setting).IsOut);
        Assert.Equal("System.Int32", setting[0].ParameterType.GetElementType()!.GetEnumUnderlyingType().FullName);
    }

    [Theory]
    [InlineData("WindowsCreateString", "combase.dll")]
    [InlineData("WindowsDeleteString", "combase.dll")]
    [InlineData("RoGetActivationFactory", "combase.dll")]
    [InlineData("RoActivateInstance", "combase.dll")]
    [InlineData("SetCurrentProcessExplicitAppUserModelID", "shell32.dll")]
    [InlineData("AllowSetForegroundWindow", "user32.dll")]
    [InlineData("GetNamedPipeServerProcessId", "kernel32.dll")]
    [InlineData("CancelIoEx", "kernel32.dll")]
    [InlineData("OpenProcess", "kernel32.dll")]
    [InlineData("OpenProcessToken", "advapi32.dll")]
    [InlineData("GetTokenInformation", "advapi32.dll")]
    [InlineData("GetSidSubAuthorityCount", "advapi32.dll")]
    [InlineData("GetSidSubAuthority", "advapi32.dll")]
    public void Native_functions_come_from_the_right_library(string function, string library)
    {
        var method = _built.Type("AltIdShell.Tray.NativeMethods").GetMethod(function, BindingFlags.Public | BindingFlags.Static)!;
        Assert.True(method.Attributes.HasFlag(MethodAttributes.PinvokeImpl));
        var import = method.GetCustomAttributesData().Single(a => a.AttributeType.Name == "DllImportAttribute");
        Assert.Equal(library, (string)import.ConstructorArguments[0].Value!, ignoreCase: true);
    }
}
