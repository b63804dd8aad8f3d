using System.Reflection;
using System.Text.RegularExpressions;
using AltIdShell.Core.Text;

namespace AltIdShell.TestSupport;

/// <summary>
/// Reads every fixed text an assembly keeps as a static <see cref="LocalizedText"/> (property or field, public or not)
/// and says what is wrong with each pair: a language missing, placeholders that differ (a "{1}" only in English
/// would print a path in one language and not the other), or access keys that differ.
/// </summary>
public static partial class TextCatalogue
{
    public static IReadOnlyList<(string Name, LocalizedText Text)> Of(Assembly assembly)
    {
        const BindingFlags staticMembers = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var texts = new List<(string, LocalizedText)>();
        foreach (var type in assembly.GetTypes())
        {
            foreach (var property in type.GetProperties(staticMembers).Where(p => p.PropertyType == typeof(LocalizedText) && p.GetIndexParameters().Length == 0))
                texts.Add((type.Name + "." + property.Name, (LocalizedText)property.GetValue(null)!));
            foreach (var field in type.GetFields(staticMembers).Where(f => f.FieldType == typeof(LocalizedText) && !f.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute))))
                texts.Add((type.Name + "." + field.Name, (LocalizedText)field.GetValue(null)!));
        }
        return texts;
    }

    /// <summary>One line per problem; empty when every pair is whole and alike.</summary>
    public static IReadOnlyList<string> Problems(Assembly assembly)
    {
        var problems = new List<string>();
        foreach (var (name, text) in Of(assembly))
        {
            if (string.IsNullOrWhiteSpace(text.Danish) || string.IsNullOrWhiteSpace(text.English))
                problems.Add(name + ": a language is missing");
            if (!Placeholders(text.Danish).SequenceEqual(Placeholders(text.English)))
                problems.Add(name + ": the placeholders differ");
            if (AccessKeys(text.Danish) != AccessKeys(text.English) || AccessKeys(text.Danish) > 1)
                problems.Add(name + ": the access keys differ or there are several");
        }
        return problems;
    }

    private static IEnumerable<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text ?? "").Select(m => m.Groups[1].Value).Distinct().Order();

    // "&x" marks an access key; "&&" is a literal ampersand, and "& " is the word "and".
    private static int AccessKeys(string text) => AccessKeyPattern().Matches(text ?? "").Count;

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"(?<!&)&(?=[^&\s])")]
    private static partial Regex AccessKeyPattern();
}
