using System.Reflection;
using System.Runtime.InteropServices;
using AltIdShell.Shared;
using AltIdShell.TestSupport;

namespace AltIdShell.Tray.Tests;

/// <summary>
/// The Windows 11 verb's COM surface as the built exe declares it: the shell interfaces' IIDs and vtable order
/// (shobjidl_core.h; shared/reference/windows11-menu.md), every method [PreserveSig], and the class COM creates
/// under the CLSID that the sparse package names.
/// </summary>
public class ExplorerCommandInteropTests : IClassFixture<BuiltNet48Assembly>
{
    private const string Namespace = "AltIdShell.Tray.TopLevelMenu.";
    private readonly BuiltNet48Assembly _built;

    public ExplorerCommandInteropTests(BuiltNet48Assembly built) => _built = built;

    [Theory]
    [InlineData("IExplorerCommand", "A08CE4D0-FA25-44AB-B57C-C7B1C323E0B9",
        new[] { "GetTitle", "GetIcon", "GetToolTip", "GetCanonicalName", "GetState", "Invoke", "GetFlags", "EnumSubCommands" })]
    [InlineData("IShellItemArray", "B63EA76D-1F85-456F-A19C-48159EFA858B",
        new[] { "BindToHandler", "GetPropertyStore", "GetPropertyDescriptionList", "GetAttributes", "GetCount", "GetItemAt", "EnumItems" })]
    [InlineData("IShellItem", "43826D1E-E718-42EE-BC55-A1E261C37BFE",
        new[] { "BindToHandler", "GetParent", "GetDisplayName", "GetAttributes", "Compare" })]
    public void Shell_interfaces_match_Windows(string name, string iid, string[] vtableOrder)
    {
        ComDeclaration.AssertInterface(_built.Type(Namespace + name), iid, ComInterfaceType.InterfaceIsIUnknown, vtableOrder);
    }

    [Fact]
    public void GetState_passes_its_BOOL_as_four_bytes()
    {
        var okToBeSlow = _built.Type(Namespace + "IExplorerCommand").GetMethod("GetState")!.GetParameters()[1];
        var marshal = okToBeSlow.GetCustomAttributesData().Single(a => a.AttributeType.Name == "MarshalAsAttribute");
        Assert.Equal(2, Convert.ToInt32(marshal.ConstructorArguments[0].Value)); // UnmanagedType.Bool
    }

    [Fact]
    public void The_verb_class_is_the_one_the_package_names()
    {
        var type = _built.Type(Namespace + "ExportExplorerCommand");
        Assert.True(type.IsPublic && type.IsSealed && !type.IsAbstract);
        Assert.NotNull(type.GetConstructor(Type.EmptyTypes));
        Assert.Equal(ProductIdentity.ExplorerCommandClsid, Guid.Parse((string)Argument(type, "GuidAttribute")));
        Assert.True((bool)Argument(type, "ComVisibleAttribute"));
        Assert.Equal(0, (int)Argument(type, "ClassInterfaceAttribute")); // ClassInterfaceType.None
        Assert.Contains(type.GetInterfaces(), i => i.FullName == Namespace + "IExplorerCommand");
    }

    [Theory]
    [InlineData("GetTitle")]
    [InlineData("GetIcon")]
    [InlineData("GetToolTip")]
    [InlineData("GetState")]
    [InlineData("Invoke")]
    public void Every_method_given_Explorers_selection_gives_its_reference_back(string method)
    {
        // The selection's wrapper holds a cross-process reference into Explorer until released (review W3-L10).
        var type = Namespace + "ExportExplorerCommand";
        var bodies = IlInstructions.Of(_built.Path).Where(m => m.Count > 0 && m[0].Type.StartsWith(type, StringComparison.Ordinal));
        var own = bodies.Where(m => m[0].Type == type && m[0].Method == method).SelectMany(m => m).ToList();
        var releases = own.Any(i => i.Member == Namespace + "ShellSelection::Release")
                       || (own.Any(i => i.Member == type + "::Text") && bodies.Any(m => m[0].Method == "Text" && m.Any(i => i.Member == Namespace + "ShellSelection::Release")));
        Assert.True(releases, method + " releases the selection");
        var release = IlInstructions.Of(_built.Path).Single(m => m.Count > 0 && m[0].Type == Namespace + "ShellSelection" && m[0].Method == "Release");
        Assert.Contains(release, i => i.Member == "System.Runtime.InteropServices.Marshal::ReleaseComObject");
    }

    [Fact]
    public void The_class_differs_from_the_classic_handlers() =>
        Assert.NotEqual(ProductIdentity.ContextMenuClsid, ProductIdentity.ExplorerCommandClsid);

    private static object Argument(MemberInfo member, string attribute) => ComDeclaration.Argument(member, attribute);
}
