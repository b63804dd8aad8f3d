using System;
using AltIdShell.Shared;

namespace AltIdShell.Desktop.Activation;

/// <summary>
/// The altidshell: URIs behind the notification's buttons: altidshell:open-folder?path=…, altidshell:copy-path?path=…
/// and, on a renewal reminder, altidshell:stop-reminding?path=…. Any web page can open such a URI, so parsing accepts
/// only these forms, and the tray acts only on a path
/// that is in its own recent-exports list.
/// </summary>
public static class ActivationUri
{
    public const int MaxLength = 8 * 1024;
    private const string PathParameter = "path=";

    public static string Build(ActivationAction action, string cerPath) =>
        ProductIdentity.UriScheme + ":" + ActionName(action) + "?" + PathParameter + Uri.EscapeDataString(cerPath);

    public static bool HasScheme(string text) =>
        text.StartsWith(ProductIdentity.UriScheme + ":", StringComparison.OrdinalIgnoreCase);

    public static bool TryParse(string? uri, out ActivationCommand? command)
    {
        command = null;
        if (uri == null || uri.Length > MaxLength || !HasScheme(uri))
            return false;
        var rest = uri.Substring(ProductIdentity.UriScheme.Length + 1).TrimStart('/');
        var question = rest.IndexOf('?');
        if (question < 0)
            return false;
        var action = ParseAction(rest.Substring(0, question).TrimEnd('/'));
        var query = rest.Substring(question + 1);
        if (action == null || !query.StartsWith(PathParameter, StringComparison.Ordinal) || query.IndexOf('&') >= 0)
            return false;
        string path;
        try
        {
            path = Uri.UnescapeDataString(query.Substring(PathParameter.Length));
        }
        catch (UriFormatException)
        {
            return false;
        }
        if (path.Length == 0 || !path.EndsWith(".cer", StringComparison.OrdinalIgnoreCase))
            return false;
        foreach (var c in path)
        {
            if (char.IsControl(c))
                return false;
        }
        command = new ActivationCommand(action.Value, path);
        return true;
    }

    private static string ActionName(ActivationAction action) => action switch
    {
        ActivationAction.OpenFolder => "open-folder",
        ActivationAction.CopyPath => "copy-path",
        ActivationAction.StopReminding => "stop-reminding",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private static ActivationAction? ParseAction(string name) => name.ToLowerInvariant() switch
    {
        "open-folder" => ActivationAction.OpenFolder,
        "copy-path" => ActivationAction.CopyPath,
        "stop-reminding" => ActivationAction.StopReminding,
        _ => null,
    };
}
