using System;
using System.Globalization;

namespace AltIdShell.Cli.Input;

/// <summary>
/// The language of the messages where .NET runs without ICU (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1, the usual
/// setting in containers): the runtime then ignores LANG and makes every culture invariant, so the CLI reads the
/// POSIX variables itself, in their order (LC_ALL, LC_MESSAGES, LANG), and names the culture they ask for.
/// </summary>
internal static class UiCulture
{
    public static void FollowEnvironmentWhenInvariant()
    {
        if (CultureInfo.CurrentUICulture.Name.Length != 0)
            return;
        foreach (var variable in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            if (Environment.GetEnvironmentVariable(variable) is not { Length: > 0 } value)
                continue;
            if (CultureName(value) is { } name)
            {
                try
                {
                    // Allowed by PredefinedCulturesOnly=false (the project file): a name with the invariant culture's data.
                    CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                }
                catch (CultureNotFoundException)
                {
                    // A name no culture can carry: the invariant culture, and English, as before.
                }
            }
            return;
        }
    }

    /// <summary>"da_DK.UTF-8@euro" → "da-DK"; null for "C" and "POSIX", which name no language.</summary>
    private static string? CultureName(string value)
    {
        var end = value.IndexOfAny(new[] { '.', '@' });
        var name = (end < 0 ? value : value.Substring(0, end)).Replace('_', '-');
        return name is "C" or "POSIX" || name.Length == 0 ? null : name;
    }
}
