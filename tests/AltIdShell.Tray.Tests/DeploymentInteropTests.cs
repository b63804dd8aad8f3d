using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using AltIdShell.TestSupport;

namespace AltIdShell.Tray.Tests;

/// <summary>
/// The WinRT package-deployment interfaces as the built exe declares them (review W3-C1/L7: registration without
/// PowerShell). IIDs and slot orders are those of windows.management.deployment.idl and windows.applicationmodel.idl,
/// as the Windows SDK header and the windows-rs projection (microsoft/windows-rs, Windows/Management/Deployment)
/// list them; a wrong one would call the wrong vtable slot on Windows, which no Linux run notices. The two generic
/// instances' IIDs are recomputed here from their signatures, as WinRT derives them.
/// </summary>
public class DeploymentInteropTests : IClassFixture<BuiltNet48Assembly>
{
    private const string PackageRuntimeClass = "rc(Windows.ApplicationModel.Package;{163c792f-bd75-413c-bf23-b1fe7b95d825})";
    private readonly BuiltNet48Assembly _built;

    public DeploymentInteropTests(BuiltNet48Assembly built) => _built = built;

    [Theory]
    [InlineData("IPackageManager", "9A7D4B65-5E8F-4FC7-A2E5-7F6925CB8B53", new[]
    {
        "AddPackageAsync", "UpdatePackageAsync", "RemovePackageAsync", "StagePackageAsync", "RegisterPackageAsync",
        "FindPackages", "FindPackagesByUserSecurityId", "FindPackagesByNamePublisher", "FindPackagesByUserSecurityIdNamePublisher",
    })]
    [InlineData("IPackageManager2", "F7AAD08D-0840-46F2-B5D8-CAD47693A095", new[] { "RemovePackageWithOptionsAsync" })]
    [InlineData("IPackageManager9", "1AA79035-CC71-4B2E-80A6-C7041D8579A7", new[] { "FindProvisionedPackages", "AddPackageByUriAsync" })]
    [InlineData("IAddPackageOptions", "05CEE018-F68F-422B-95A4-66679EC77FC0", new[]
    {
        "GetDependencyPackageUris", "GetTargetVolume", "SetTargetVolume", "GetOptionalPackageFamilyNames", "GetOptionalPackageUris",
        "GetRelatedPackageUris", "GetExternalLocationUri", "SetExternalLocationUri", "GetStubPackageOption", "SetStubPackageOption",
        "GetDeveloperMode", "SetDeveloperMode", "GetForceAppShutdown", "SetForceAppShutdown", "GetForceTargetAppShutdown",
        "SetForceTargetAppShutdown", "GetForceUpdateFromAnyVersion", "SetForceUpdateFromAnyVersion",
    })]
    [InlineData("IUriRuntimeClassFactory", "44A9796F-723E-4FDF-A218-033E75B0C084", new[] { "CreateUri" })]
    [InlineData("IAsyncInfo", "00000036-0000-0000-C000-000000000046", new[] { "GetId", "GetStatus", "GetErrorCode", "Cancel", "Close" })]
    [InlineData("IIterableOfPackage", "69AD6AA7-0C49-5F27-A5EB-EF4D59467B6D", new[] { "First" })]
    [InlineData("IIteratorOfPackage", "0217F069-025C-5EE6-A87F-E782E3B623AE", new[] { "GetCurrent", "GetHasCurrent", "MoveNext" })]
    [InlineData("IPackage", "163C792F-BD75-413C-BF23-B1FE7B95D825", new[] { "GetId" })]
    [InlineData("IPackageId", "1ADB665E-37C7-4790-9980-DD7AE74E8BB2", new[]
        { "GetName", "GetVersion", "GetArchitecture", "GetResourceId", "GetPublisher", "GetPublisherId", "GetFullName" })]
    public void Deployment_interfaces_match_Windows(string name, string iid, string[] vtableOrder) =>
        ComDeclaration.AssertInterface(_built.Type("AltIdShell.Tray.WinRt." + name), iid, ComInterfaceType.InterfaceIsIInspectable, vtableOrder);

    [Fact]
    public void Every_argument_has_the_ABI_size_Windows_expects()
    {
        // HSTRINGs and interface pointers as IntPtr, enums as four bytes, WinRT booleans as one, PackageVersion as eight.
        var allowed = new[] { "System.IntPtr", "System.UInt32", "System.Int32", "System.Byte", "System.UInt64", "AltIdShell.Tray.WinRt.AsyncStatus" };
        var types = new[] { "IPackageManager", "IPackageManager2", "IPackageManager9", "IAddPackageOptions", "IUriRuntimeClassFactory", "IAsyncInfo", "IIterableOfPackage", "IIteratorOfPackage", "IPackage", "IPackageId" };
        Assert.All(types.SelectMany(t => _built.Type("AltIdShell.Tray.WinRt." + t).GetMethods()).SelectMany(m => m.GetParameters().Select(p => (m, p))), x =>
        {
            var type = x.p.ParameterType.IsByRef ? x.p.ParameterType.GetElementType()! : x.p.ParameterType;
            Assert.True(allowed.Contains(type.FullName), $"{x.m.DeclaringType!.Name}.{x.m.Name}({x.p.Name}): {type.FullName}");
            Assert.DoesNotContain(x.p.GetCustomAttributesData(), a => a.AttributeType.Name == "MarshalAsAttribute");
        });
        Assert.Equal("System.Int32", _built.Type("AltIdShell.Tray.WinRt.AsyncStatus").GetEnumUnderlyingType().FullName);
    }

    [Theory]
    [InlineData("faa585ea-6214-4217-afda-7f46de5869b3", "string", "E2FCC7C1-3BFC-5A0B-B2B0-72E769D1CB7E")] // IIterable<String>, published
    [InlineData("faa585ea-6214-4217-afda-7f46de5869b3", PackageRuntimeClass, "69AD6AA7-0C49-5F27-A5EB-EF4D59467B6D")]
    [InlineData("6a79e863-4300-459a-9966-cbb660963ee1", PackageRuntimeClass, "0217F069-025C-5EE6-A87F-E782E3B623AE")]
    public void Generic_instance_IIDs_follow_from_their_signatures(string genericIid, string argument, string iid) =>
        Assert.Equal(new Guid(iid), ParameterizedIid($"pinterface({{{genericIid}}};{argument})"));

    [Theory]
    [InlineData("WindowsGetStringRawBuffer", "combase.dll")]
    [InlineData("GetCurrentPackageFullName", "kernel32.dll")]
    [InlineData("FindWindowEx", "user32.dll")]
    [InlineData("PostMessage", "user32.dll")]
    public void Native_functions_come_from_the_right_library(string function, string library)
    {
        var method = _built.Type("AltIdShell.Tray.NativeMethods").GetMethod(function, BindingFlags.Public | BindingFlags.Static)!;
        var import = method.GetCustomAttributesData().Single(a => a.AttributeType.Name == "DllImportAttribute");
        Assert.Equal(library, (string)import.ConstructorArguments[0].Value!, ignoreCase: true);
    }

    /// <summary>WinRT's parameterized-interface IID: a name-based (SHA-1, version 5) UUID of the signature in its namespace.</summary>
    private static Guid ParameterizedIid(string signature)
    {
        var space = new Guid("11f47ad5-7b73-42c0-abae-878b1e16adee").ToByteArray();
        Array.Reverse(space, 0, 4);
        Array.Reverse(space, 4, 2);
        Array.Reverse(space, 6, 2);
        var hash = SHA1.HashData(space.Concat(Encoding.UTF8.GetBytes(signature)).ToArray());
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var bytes = hash.Take(16).ToArray();
        Array.Reverse(bytes, 0, 4);
        Array.Reverse(bytes, 4, 2);
        Array.Reverse(bytes, 6, 2);
        return new Guid(bytes);
    }
}
