using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;
using AltIdShell.Core.Text;

namespace AltIdShell.TestSupport;

/// <summary>
/// Reads every fixed text an assembly keeps as a static <see cref="LocalizedText"/> (property or field, public or not)
/// and says what is wrong: a text that is not a static get-only property of its catalogue class, or built inline in a
/// method; a language missing; placeholders that differ (a "{1}" only in English would print a path in one language
/// and not the other); access keys that differ; and two texts of one class that share an access key. The texts
/// declared in one class are shown together (the tray's menu, one window), so a key may be used once there.
/// </summary>
public static partial class TextCatalogue
{
    /// <summary>A text, with the class that declares it (its catalogue) and the property or field that holds it.</summary>
    public sealed record Entry(Type Catalogue, MemberInfo Member, LocalizedText Text)
    {
        public string Name => NameOf(Catalogue) + "." + Member.Name;
    }

    public static IReadOnlyList<Entry> Of(Assembly assembly) => Of(assembly.GetTypes());

    public static IReadOnlyList<Entry> Of(params Type[] catalogues)
    {
        const BindingFlags staticMembers = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var texts = new List<Entry>();
        foreach (var type in catalogues)
        {
            foreach (var property in type.GetProperties(staticMembers).Where(p => p.PropertyType == typeof(LocalizedText) && p.GetIndexParameters().Length == 0))
                texts.Add(new Entry(type, property, (LocalizedText)property.GetValue(null)!));
            foreach (var field in type.GetFields(staticMembers).Where(f => f.FieldType == typeof(LocalizedText) && !f.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute))))
                texts.Add(new Entry(type, field, (LocalizedText)field.GetValue(null)!));
        }
        return texts;
    }

    /// <summary>One line per problem; empty when every text is whole, alike in both languages and in its place.</summary>
    public static IReadOnlyList<string> Problems(Assembly assembly) => Problems(assembly.GetTypes());

    /// <inheritdoc cref="Problems(Assembly)"/>
    public static IReadOnlyList<string> Problems(params Type[] catalogues)
    {
        var problems = new List<string>();
        var texts = Of(catalogues);
        foreach (var entry in texts)
        {
            var (name, text) = (entry.Name, entry.Text);
            if (entry.Member is not PropertyInfo { CanWrite: false })
                problems.Add(name + ": not a static get-only property");
            if (string.IsNullOrWhiteSpace(text.Danish) || string.IsNullOrWhiteSpace(text.English))
                problems.Add(name + ": a language is missing");
            if (!Placeholders(text.Danish).SequenceEqual(Placeholders(text.English)))
                problems.Add(name + ": the placeholders differ");
            if (AccessKeys(text.Danish) != AccessKeys(text.English) || AccessKeys(text.Danish) > 1)
                problems.Add(name + ": the access keys differ or there are several");
        }
        foreach (var catalogue in texts.GroupBy(t => t.Catalogue))
        {
            foreach (var (language, words) in new (string, Func<LocalizedText, string>)[] { ("Danish", t => t.Danish), ("English", t => t.English) })
            {
                foreach (var clash in catalogue.Where(t => AccessKey(words(t.Text)) != null).GroupBy(t => AccessKey(words(t.Text))).Where(g => g.Count() > 1))
                    problems.Add($"{NameOf(catalogue.Key)}: {string.Join(" and ", clash.Select(t => t.Member.Name))} share the access key {clash.Key} in {language}");
            }
        }
        problems.AddRange(InlineTexts(catalogues));
        return problems;
    }

    /// <summary>Fails naming every problem, one per line.</summary>
    public static void AssertWhole(Assembly assembly)
    {
        var problems = Problems(assembly);
        Xunit.Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>The letter after the "&amp;" that marks a text's access key, in upper case (Alt+e and Alt+E are one key); null without one.</summary>
    public static char? AccessKey(string text) =>
        AccessKeyPattern().Match(text ?? "") is { Success: true } key ? char.ToUpperInvariant(text![key.Index + 1]) : null;

    private static int AccessKeys(string text) => AccessKeyPattern().Matches(text ?? "").Count;

    // A text made of two string literals in a method is a text outside its catalogue; a type initializer is where a
    // catalogue's properties get their texts.
    private static IEnumerable<string> InlineTexts(Type[] types)
    {
        var constructor = typeof(LocalizedText).FullName + "::.ctor";
        foreach (var assembly in types.Select(t => t.Assembly).Distinct())
        {
            var names = types.Where(t => t.Assembly == assembly).Select(t => t.FullName).ToHashSet();
            foreach (var method in IlInstructions.Of(assembly.Location).Where(m => m.Count > 0 && m[0].Method != ".cctor" && names.Contains(m[0].Type)))
            {
                for (var i = 2; i < method.Count; i++)
                {
                    if (method[i].Member == constructor && method[i - 1].OpCode == OpCodes.Ldstr && method[i - 2].OpCode == OpCodes.Ldstr)
                        yield return $"{method[i].Type}.{method[i].Method}: builds a text inline; give it a property in a catalogue";
                }
            }
        }
    }

    private static string NameOf(Type type) => type.DeclaringType == null ? type.Name : NameOf(type.DeclaringType) + "." + type.Name;

    private static IEnumerable<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text ?? "").Select(m => m.Groups[1].Value).Distinct().Order();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    // "&x" marks an access key; "&&" is a literal ampersand, and "& " is the word "and".
    [GeneratedRegex(@"(?<!&)&(?=[^&\s])")]
    private static partial Regex AccessKeyPattern();
}
