using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using AltIdShell.Desktop.Registration;
using AltIdShell.Shared;
using AltIdShell.TestSupport;

namespace AltIdShell.ContextMenu.Tests;

/// <summary>What Explorer's CLR sees in the built DLL: the vtables it calls through and the class it creates.</summary>
public class ComSurfaceTests : IClassFixture<BuiltNet48Assembly>
{
    private const string Interop = "System.Runtime.InteropServices.";
    private readonly BuiltNet48Assembly _built;

    public ComSurfaceTests(BuiltNet48Assembly built) => _built = built;

    [Theory]
    [InlineData("AltIdShell.ContextMenu.Interop.IShellExtInit", "000214E8-0000-0000-C000-000000000046", new[] { "Initialize" })]
    [InlineData("AltIdShell.ContextMenu.Interop.IContextMenu", "000214E4-0000-0000-C000-000000000046",
        new[] { "QueryContextMenu", "InvokeCommand", "GetCommandString" })]
    public void Shell_interfaces_are_declared_as_windows_defines_them(string name, string iid, string[] vtableOrder)
    {
        var type = _built.Type(name);
        Assert.True(type.IsPublic);
        ComDeclaration.AssertInterface(type, iid, ComInterfaceType.InterfaceIsIUnknown, vtableOrder);
        Assert.True((bool)Argument(type, "ComVisibleAttribute"));
    }

    [Fact]
    public void Parameters_have_the_native_widths()
    {
        var menu = _built.Type("AltIdShell.ContextMenu.Interop.IContextMenu");
        Assert.Equal(new[] { "System.IntPtr", "System.UInt32", "System.UInt32", "System.UInt32", "System.UInt32" },
            ParameterTypes(menu.GetMethod("QueryContextMenu")!));
        Assert.Equal(new[] { "System.IntPtr" }, ParameterTypes(menu.GetMethod("InvokeCommand")!));
        Assert.Equal(new[] { "System.UIntPtr", "System.UInt32", "System.IntPtr", "System.IntPtr", "System.UInt32" },
            ParameterTypes(menu.GetMethod("GetCommandString")!));
        var init = _built.Type("AltIdShell.ContextMenu.Interop.IShellExtInit");
        Assert.Equal(new[] { "System.IntPtr", "System.Runtime.InteropServices.ComTypes.IDataObject", "System.IntPtr" },
            ParameterTypes(init.GetMethod("Initialize")!));
    }

    [Fact]
    public void The_handler_class_is_creatable_by_com_under_our_clsid()
    {
        var handler = _built.Type(ContextMenuHandlerIdentity.ClassName);
        Assert.True(handler.IsPublic && handler.IsClass && !handler.IsAbstract);
        Assert.NotNull(handler.GetConstructor(Type.EmptyTypes));
        Assert.True((bool)Argument(handler, "ComVisibleAttribute"));
        Assert.Equal(ProductIdentity.ContextMenuClsid, Guid.Parse(GuidOf(handler)));
        Assert.Equal(0, (int)Argument(handler, "ClassInterfaceAttribute")); // ClassInterfaceType.None
        var implemented = handler.GetInterfaces().Select(i => i.FullName).ToArray();
        Assert.Contains("AltIdShell.ContextMenu.Interop.IShellExtInit", implemented);
        Assert.Contains("AltIdShell.ContextMenu.Interop.IContextMenu", implemented);
    }

    [Fact]
    public void Nothing_else_is_a_com_type()
    {
        Assert.False((bool)_built.Assembly.GetCustomAttributesData()
            .Single(a => a.AttributeType.FullName == Interop + "ComVisibleAttribute").ConstructorArguments[0].Value!);
        var visible = _built.Assembly.GetTypes()
            .Where(t => t.IsPublic && t.GetCustomAttributesData().Any(a => a.AttributeType.FullName == Interop + "ComVisibleAttribute"))
            .Select(t => t.FullName).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[]
        {
            "AltIdShell.ContextMenu.ExportPublicKeyMenu",
            "AltIdShell.ContextMenu.Interop.IContextMenu",
            "AltIdShell.ContextMenu.Interop.IShellExtInit",
        }, visible);
    }

    [Fact]
    public void The_registry_names_exactly_the_built_class_and_assembly()
    {
        var entries = ProductRegistration.Entries(InstallScope.PerUser, new InstallFolder(@"C:\AltIdShell"));
        string Value(string key, string? name) => entries.Single(e => e.Key == key && e.Name == name).Value;

        var assemblyName = _built.Assembly.GetName();
        Assert.Equal(assemblyName.FullName, Value(ProductRegistration.InprocServerKey, "Assembly"));
        Assert.Equal(ContextMenuHandlerIdentity.AssemblyFullName, assemblyName.FullName);
        Assert.Equal(ProductIdentity.ContextMenuAssemblyName, assemblyName.Name);
        Assert.Equal(ContextMenuHandlerIdentity.FileName, Path.GetFileName(_built.Path));

        var className = Value(ProductRegistration.InprocServerKey, "Class");
        var handler = _built.Type(className);
        Assert.Equal(ProductIdentity.ContextMenuClsid, Guid.Parse(GuidOf(handler)));
        Assert.EndsWith(GuidOf(handler) + "}", ProductRegistration.ClsidKey, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("{" + GuidOf(handler).ToUpperInvariant() + "}", Value(ProductRegistration.HandlerKey(".p12"), null));
        Assert.Equal(_built.Assembly.ImageRuntimeVersion, Value(ProductRegistration.InprocServerKey, "RuntimeVersion"));
    }

    [Fact]
    public void The_handler_references_nothing_but_the_framework()
    {
        var references = _built.Assembly.GetReferencedAssemblies().Select(r => r.Name).OrderBy(n => n, StringComparer.Ordinal);
        // System.Core for the hand-over pipe (System.IO.Pipes lives there in .NET Framework).
        Assert.Equal(new[] { "System", "System.Core", "System.Drawing", "mscorlib" }, references);
    }

    private static string GuidOf(Type type) => (string)Argument(type, "GuidAttribute");

    private static object Argument(Type type, string attribute) => ComDeclaration.Argument(type, attribute);

    private static string[] ParameterTypes(MethodInfo method) =>
        method.GetParameters().Select(p => p.ParameterType.FullName!).ToArray();
}
