using System.Collections.Immutable;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace AltIdShell.TestSupport;

/// <summary>
/// The instructions of every method body in a built assembly, read from its file (System.Reflection.Metadata), so a
/// net48 exe reads like any other assembly: enough to see what code calls, loads or takes the address of, and what it
/// loads just before.
/// </summary>
public static class IlInstructions
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields()
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>
    /// One instruction of the method <paramref name="Method"/> (".cctor" for a type initializer) of
    /// <paramref name="Type"/>, named as reflection names it ("Namespace.Outer+Nested"); <paramref name="Member"/> is
    /// the method or field the instruction names (call, newobj, ldftn, ldfld, stsfld, a member's ldtoken…) as
    /// "Namespace.Type+Nested::Name", a generic type by its definition ("System.Collections.Generic.List`1::Add");
    /// null when the operand is no member.
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

    /// <summary>
    /// Every instruction of <paramref name="type"/> and of the types nested in it (its lambdas, closures, iterators and
    /// async methods are compiled into those), read from the file it was loaded from.
    /// </summary>
    public static IReadOnlyList<Instruction> InType(Type type) =>
        Of(type.Assembly.Location).SelectMany(m => m)
            .Where(i => i.Type == type.FullName || i.Type.StartsWith(type.FullName + "+", StringComparison.Ordinal))
            .ToList();

    /// <summary>
    /// Every type the assembly refers to in another assembly, named as reflection names it ("Namespace.Outer+Nested").
    /// Each member it uses elsewhere belongs to one of them, and so does each type argument.
    /// </summary>
    public static IReadOnlyList<string> TypeReferences(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        return metadata.TypeReferences.Select(handle => TypeName(metadata, handle)).ToList();
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
            if (opCode.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
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
                var method = metadata.GetMethodDefinition((MethodDefinitionHandle)handle);
                return TypeName(metadata, method.GetDeclaringType()) + "::" + metadata.GetString(method.Name);
            case HandleKind.FieldDefinition:
                var field = metadata.GetFieldDefinition((FieldDefinitionHandle)handle);
                return TypeName(metadata, field.GetDeclaringType()) + "::" + metadata.GetString(field.Name);
            case HandleKind.MemberReference:
                var reference = metadata.GetMemberReference((MemberReferenceHandle)handle);
                // A vararg call site refers to its own method definition.
                if (reference.Parent.Kind == HandleKind.MethodDefinition)
                    return MemberName(metadata, reference.Parent);
                var parent = reference.Parent.Kind switch
                {
                    HandleKind.TypeReference => TypeName(metadata, (TypeReferenceHandle)reference.Parent),
                    HandleKind.TypeDefinition => TypeName(metadata, (TypeDefinitionHandle)reference.Parent),
                    // A member of a generic type instance (List<int>.Add) hangs off its signature.
                    HandleKind.TypeSpecification => metadata.GetTypeSpecification((TypeSpecificationHandle)reference.Parent)
                        .DecodeSignature(SignatureTypeNames.Instance, null),
                    _ => null,
                };
                return parent == null ? null : parent + "::" + metadata.GetString(reference.Name);
            case HandleKind.MethodSpecification:
                return MemberName(metadata, metadata.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
            default:
                // A type's token (typeof) names no member.
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

    // Names the type a member reference hangs off: a generic instance by its generic type, as reflection's
    // GetGenericTypeDefinition names it, since the type arguments do not change which member is used.
    private sealed class SignatureTypeNames : ISignatureTypeProvider<string, object?>
    {
        public static readonly SignatureTypeNames Instance = new();

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType;

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => TypeName(reader, handle);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => TypeName(reader, handle);

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

        public string GetByReferenceType(string elementType) => elementType + "&";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "method*";

        public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

        public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;
    }
}
