using System.Linq.Expressions;
using System.Reflection.Emit;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.TestSupport;

/// <summary>
/// What <see cref="IlInstructions"/> names, read from this assembly's own methods below: the tests that prove code
/// never touches a member rely on every kind of reference being named, in one form.
/// </summary>
public sealed class IlInstructionsTests
{
    private static readonly IReadOnlyList<IlInstructions.Instruction> Code = IlInstructions.InType(typeof(IlInstructionsTests));
    private static readonly string Self = typeof(IlInstructionsTests).FullName!;
    private static readonly int[] Numbers = { 1, 2 };

    [Fact]
    public void Field_references_are_named_by_their_declaring_type()
    {
        var loads = InMethod(nameof(ReadsFields)).Where(i => i.OpCode == OpCodes.Ldsfld).Select(i => i.Member);
        Assert.Equal(new[] { "System.String::Empty", Self + "::Numbers" }, loads);
    }

    [Fact]
    public void A_lambda_and_a_method_group_are_named_where_their_address_is_taken()
    {
        var addresses = InMethod(nameof(MakesDelegates)).Where(i => i.OpCode == OpCodes.Ldftn).Select(i => i.Member!).ToList();
        Assert.Equal(2, addresses.Count);
        Assert.StartsWith(Self + "+<>c::<" + nameof(MakesDelegates) + ">b__", addresses[0]);
        Assert.Equal("System.Int32::Parse", addresses[1]);
    }

    [Fact]
    public void Members_of_generic_type_instances_are_named_by_the_generic_type()
    {
        var calls = InMethod(nameof(UsesGenericTypes)).Where(i => i.OpCode == OpCodes.Callvirt || i.OpCode == OpCodes.Call).Select(i => i.Member);
        Assert.Equal(new[]
        {
            "System.Collections.Generic.List`1::Add",
            "System.Collections.Generic.Dictionary`2::get_Keys",
            "System.Collections.Generic.Dictionary`2+KeyCollection::get_Count",
            "System.Linq.Enumerable::Empty",
            "System.Linq.Enumerable::Count",
        }, calls);
    }

    [Fact]
    public void A_token_is_named_when_it_is_a_member_and_not_when_it_is_a_type()
    {
        var tokens = InMethod(nameof(TakesTokens)).Where(i => i.OpCode == OpCodes.Ldtoken).Select(i => i.Member).ToList();
        Assert.Contains("System.String::get_Length", tokens);
        Assert.Contains(null, tokens);
    }

    private static IEnumerable<IlInstructions.Instruction> InMethod(string name) => Code.Where(i => i.Type == Self && i.Method == name);

    private static string ReadsFields() => string.Empty + Numbers.Length;

    private static Func<string, int>[] MakesDelegates() => new Func<string, int>[] { s => s.Length, int.Parse };

    private static int UsesGenericTypes(List<int> list, Dictionary<string, int> counts)
    {
        list.Add(1);
        return counts.Keys.Count + Enumerable.Empty<int>().Count();
    }

    private static object TakesTokens() => new object[] { typeof(string), (Expression<Func<string, int>>)(s => s.Length) };
}
