using System.Reflection;
using System.Runtime.InteropServices;
using Xunit;

namespace AltIdShell.TestSupport;

/// <summary>
/// A COM interface declaration read from a built net48 binary (MetadataLoadContext), held to the shape Windows calls
/// through: [ComImport], Windows' IID, the base interface, methods in vtable order (metadata order), each
/// [PreserveSig] and returning its HRESULT. A wrong IID or order would call the wrong slot, which no Linux run notices.
/// </summary>
public static class ComDeclaration
{
    public static void AssertInterface(Type type, string iid, ComInterfaceType kind, IReadOnlyList<string> vtableOrder)
    {
        Assert.True(type.IsInterface, type.Name + " is an interface");
        Assert.True(type.Attributes.HasFlag(TypeAttributes.Import), type.Name + " is [ComImport]");
        Assert.Equal(iid, (string)Argument(type, nameof(GuidAttribute)), ignoreCase: true);
        Assert.Equal((int)kind, (int)Argument(type, nameof(InterfaceTypeAttribute)));
        var methods = type.GetMethods().OrderBy(m => m.MetadataToken).ToArray();
        Assert.Equal(vtableOrder, methods.Select(m => m.Name));
        Assert.All(methods, m =>
        {
            Assert.True(m.MethodImplementationFlags.HasFlag(MethodImplAttributes.PreserveSig), m.Name + " must be [PreserveSig]");
            Assert.Equal("System.Int32", m.ReturnType.FullName);
        });
    }

    /// <summary>The first constructor argument of an attribute, found by its type's name.</summary>
    public static object Argument(MemberInfo member, string attribute) =>
        member.GetCustomAttributesData().Single(a => a.AttributeType.Name == attribute).ConstructorArguments[0].Value!;
}
