using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace AltIdShell.TestSupport;

/// <summary>
/// The instructions of every method body in a built assembly, read from its file (System.Reflection.Metadata), so a
/// net48 exe reads like any other assembly: enough to see what code calls and what it loads just before.
/// </summary>
public static class IlInstructions
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields()
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>
    /// One instruction of the method <paramref name="Method"/> (".cctor" for a type initializer) of
    /// <paramref name="Type"/>, named as reflection names it ("Namespace.Outer+Nested"); <paramref name="Member"/> is
    /// what a call, callvirt or newobj calls ("Namespace.Type+Nested::Name"), null for any other
    /// <paramref name="OpCode"/>.
    /// </summary>
    public sealed record Instruction(string Type, string Method, OpCode OpCode, string? Member);

    /// <summary>Each method body's instructions, in order.</summary>
    public static IReadOnlyList<IReadOnlyList<Instruction>> Of(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        var methods = new List<IReadOnlyList<Instruction>>();
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = TypeName(metadata, typeHandle);
            foreach (var methodHandle in metadata.GetTypeDefinition(typeHandle).GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress != 0)
                    methods.Add(Decode(metadata, pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!, type, metadata.GetString(method.Name)));
            }
        }
        return methods;
    }

    private static List<Instruction> Decode(MetadataReader metadata, byte[] il, string type, string method)
    {
        var instructions = new List<Instruction>();
        for (var at = 0; at < il.Length;)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            var opCode = OpCodesByValue[value];
            at += opCode.Size;
            string? member = null;
            if (opCode == OpCodes.Call || opCode == OpCodes.Callvirt || opCode == OpCodes.Newobj)
                member = MemberName(metadata, MetadataTokens.EntityHandle(BitConverter.ToInt32(il, at)));
            at += opCode.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
                _ => 4,
            };
            instructions.Add(new Instruction(type, method, opCode, member));
        }
        return instructions;
    }

    private static string? MemberName(MetadataReader metadata, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.MethodDefinition:
                var definition = metadata.GetMethodDefinition((MethodDefinitionHandle)handle);
                return TypeName(metadata, definition.GetDeclaringType()) + "::" + metadata.GetString(definition.Name);
            case HandleKind.MemberReference:
                var reference = metadata.GetMemberReference((MemberReferenceHandle)handle);
                var parent = reference.Parent.Kind switch
                {
                    HandleKind.TypeReference => TypeName(metadata, (TypeReferenceHandle)reference.Parent),
                    HandleKind.TypeDefinition => TypeName(metadata, (TypeDefinitionHandle)reference.Parent),
                    _ => null,
                };
                return parent == null ? null : parent + "::" + metadata.GetString(reference.Name);
            case HandleKind.MethodSpecification:
                return MemberName(metadata, metadata.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
            default:
                return null;
        }
    }

    private static string TypeName(MetadataReader metadata, TypeDefinitionHandle handle)
    {
        var type = metadata.GetTypeDefinition(handle);
        var declaring = type.GetDeclaringType();
        return declaring.IsNil
            ? Qualified(metadata.GetString(type.Namespace), metadata.GetString(type.Name))
            : TypeName(metadata, declaring) + "+" + metadata.GetString(type.Name);
    }

    private static string TypeName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? TypeName(metadata, (TypeReferenceHandle)type.ResolutionScope) + "+" + metadata.GetString(type.Name)
            : Qualified(metadata.GetString(type.Namespace), metadata.GetString(type.Name));
    }

    private static string Qualified(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
}
