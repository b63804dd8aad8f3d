using System.Reflection;
using System.Security.Cryptography.X509Certificates;
using AltIdShell.Core.Store;

namespace AltIdShell.Core.Tests.Store;

/// <summary>
/// The store adapter reads certificates and nothing else. The proof is in its IL: of everything in
/// System.Security.Cryptography it may touch only what opens a store, walks it and takes RawData, so no private-key
/// accessor, key-presence check or PFX export can be in it, however it is reached (lambda, iterator, helper).
/// </summary>
public class StoreAdapterKeyAccessTests
{
    private static readonly string[] Allowed =
    {
        "X509Store..ctor", "X509Store.Open", "X509Store.get_Certificates", "X509Store.Dispose",
        "X509Certificate2Collection.GetEnumerator", "X509Certificate2Enumerator.MoveNext", "X509Certificate2Enumerator.get_Current",
        "X509Certificate2.get_RawData", "X509Certificate.Dispose",
    };

    private static IEnumerable<string> CryptographyMembers(IEnumerable<MemberInfo> members) => members
        .Where(m => m.DeclaringType?.Namespace?.StartsWith("System.Security.Cryptography", StringComparison.Ordinal) == true)
        .Select(m => m.DeclaringType!.Name + "." + m.Name)
        .Distinct();

    [Fact]
    public void The_store_adapter_touches_no_cryptography_member_beyond_reading_raw_certificates()
    {
        var touched = CryptographyMembers(IlCalls.Of(typeof(X509StoreSource))).ToList();
        Assert.Contains("X509Certificate2.get_RawData", touched);
        Assert.Empty(touched.Except(Allowed));
    }

    [Fact]
    public void The_store_adapter_names_no_private_key_or_export_member_at_all()
    {
        var names = IlCalls.Of(typeof(X509StoreSource)).Select(m => m.Name).ToList();
        Assert.DoesNotContain(names, n => n.Contains("PrivateKey", StringComparison.Ordinal)
            || n.Contains("Export", StringComparison.Ordinal) || n.Contains("Key", StringComparison.Ordinal));
    }

    /// <summary>The check would notice: a method that does what the adapter must not is caught by the same reading.</summary>
    [Fact]
    public void The_il_reading_sees_key_access_where_there_is_some()
    {
        var method = typeof(StoreAdapterKeyAccessTests).GetMethod(nameof(ReachesForTheKey), BindingFlags.NonPublic | BindingFlags.Static)!;
        var touched = CryptographyMembers(IlCalls.ReferencedBy(method)).ToList();
        Assert.Contains("X509Certificate2.get_HasPrivateKey", touched);
        Assert.Contains("RSACertificateExtensions.GetRSAPrivateKey", touched);
        Assert.Contains("X509Certificate.Export", touched);
        Assert.NotEmpty(touched.Except(Allowed));
    }

    private static object? ReachesForTheKey(X509Certificate2 certificate) =>
        certificate.HasPrivateKey ? certificate.GetRSAPrivateKey() : certificate.Export(X509ContentType.Pfx);
}
