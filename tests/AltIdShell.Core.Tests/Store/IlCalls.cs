using System.Reflection;
using System.Reflection.Emit;

namespace AltIdShell.Core.Tests.Store;

/// <summary>
/// Every method, constructor and field a type's compiled code refers to (its nested types included: lambdas, closures
/// and iterators compile into them), read from the IL itself, so a test can prove what the code can never call.
/// </summary>
internal static class IlCalls
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static
        | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static IReadOnlyList<MemberInfo> Of(Type type) =>
        AllTypes(type).SelectMany(t => t.GetMethods(Declared).Cast<MethodBase>().Concat(t.GetConstructors(Declared)))
            .SelectMany(ReferencedBy)
            .ToList();

    public static IReadOnlyList<MemberInfo> ReferencedBy(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        var found = new List<MemberInfo>();
        if (il == null)
            return found;
        var generics = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodGenerics = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var value = (short)il[at++];
            if (value == 0xFE)
                value = unchecked((short)(0xFE00 | il[at++]));
            var opCode = OpCodesByValue[value];
            if (opCode.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), generics, methodGenerics);
                if (member != null)
                    found.Add(member);
            }
            at += OperandSize(opCode, il, at);
        }
        return found;
    }

    private static IEnumerable<Type> AllTypes(Type type) => new[] { type }.Concat(type.GetNestedTypes(Declared).SelectMany(AllTypes));

    private static int OperandSize(OpCode opCode, byte[] il, int at) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
