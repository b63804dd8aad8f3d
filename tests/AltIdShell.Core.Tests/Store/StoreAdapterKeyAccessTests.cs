using System.Reflection.Emit;
using System.Security.Cryptography.X509Certificates;
using AltIdShell.Core.Store;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Store;

/// <summary>
/// The store adapter reads certificates and nothing else. The proof is in its IL: of everything in
/// System.Security.Cryptography it may touch only what opens a store, walks it and takes RawData, so no private-key
/// accessor, key-presence check or PFX export can be in it, however it is reached (lambda, iterator, helper).
/// </summary>
public class StoreAdapterKeyAccessTests
{
    private const string X509 = "System.Security.Cryptography.X509Certificates.";

    private static readonly string[] Allowed =
    {
        X509 + "X509Store::.ctor", X509 + "X509Store::Open", X509 + "X509Store::get_Certificates", X509 + "X509Store::Dispose",
        X509 + "X509Certificate2Collection::GetEnumerator", X509 + "X509Certificate2Enumerator::MoveNext",
        X509 + "X509Certificate2Enumerator::get_Current", X509 + "X509Certificate2::get_RawData", X509 + "X509Certificate::Dispose",
    };

    private static readonly IReadOnlyList<IlInstructions.Instruction> Adapter = IlInstructions.InType(typeof(X509StoreSource));

    private static IEnumerable<string> CryptographyMembers(IEnumerable<IlInstructions.Instruction> code) => code
        .Select(i => i.Member)
        .OfType<string>()
        .Where(m => m.StartsWith("System.Security.Cryptography.", StringComparison.Ordinal))
        .Distinct();

    [Fact]
    public void The_store_adapter_touches_no_cryptography_member_beyond_reading_raw_certificates()
    {
        var touched = CryptographyMembers(Adapter).ToList();
        Assert.Contains(X509 + "X509Certificate2::get_RawData", touched);
        var beyond = touched.Except(Allowed).ToList();
        Assert.True(beyond.Count == 0, "The store adapter touches " + string.Join(", ", beyond));
    }

    [Fact]
    public void The_store_adapter_names_no_private_key_or_export_member_at_all()
    {
        var members = Adapter.Select(i => i.Member).OfType<string>().Distinct();
        Assert.DoesNotContain(members, m => m[(m.IndexOf("::", StringComparison.Ordinal) + 2)..] is var name
            && (name.Contains("PrivateKey", StringComparison.Ordinal) || name.Contains("Export", StringComparison.Ordinal)
                || name.Contains("Key", StringComparison.Ordinal)));
    }

    // A method or field the reader could not name would pass both checks above unseen.
    [Fact]
    public void Every_method_and_field_the_store_adapter_uses_is_named()
    {
        Assert.NotEmpty(Adapter);
        Assert.DoesNotContain(Adapter, i => i.Member == null && i.OpCode.OperandType is OperandType.InlineMethod or OperandType.InlineField);
    }

    /// <summary>The check would notice: a method that does what the adapter must not is caught by the same reading.</summary>
    [Fact]
    public void The_il_reading_sees_key_access_where_there_is_some()
    {
        var method = IlInstructions.InType(typeof(StoreAdapterKeyAccessTests)).Where(i => i.Method == nameof(ReachesForTheKey));
        var touched = CryptographyMembers(method).ToList();
        Assert.Contains(X509 + "X509Certificate2::get_HasPrivateKey", touched);
        Assert.Contains(X509 + "RSACertificateExtensions::GetRSAPrivateKey", touched);
        Assert.Contains(X509 + "X509Certificate::Export", touched);
        Assert.NotEmpty(touched.Except(Allowed));
    }

    private static object? ReachesForTheKey(X509Certificate2 certificate) =>
        certificate.HasPrivateKey ? certificate.GetRSAPrivateKey() : certificate.Export(X509ContentType.Pfx);
}
