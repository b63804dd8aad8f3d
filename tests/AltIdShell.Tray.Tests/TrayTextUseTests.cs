using AltIdShell.Core.Text;
using AltIdShell.Desktop.Tray;
using AltIdShell.TestSupport;

namespace AltIdShell.Tray.Tests;

/// <summary>
/// How the built tray uses the desktop rules' texts, read from its code: the catalogue test in
/// AltIdShell.Desktop.Tests checks the texts of each <see cref="TrayText"/> class for clashing access keys, and that
/// holds for a window only if the window takes its access keys from one such class.
/// </summary>
public class TrayTextUseTests : IClassFixture<BuiltNet48Assembly>
{
    private static readonly string LocalizedTextName = typeof(LocalizedText).FullName!;
    private readonly IReadOnlyList<IReadOnlyList<IlInstructions.Instruction>> _code;

    public TrayTextUseTests(BuiltNet48Assembly built) => _code = IlInstructions.Of(built.Path);

    [Fact]
    public void Each_window_and_the_menu_take_their_access_keys_from_one_text_class()
    {
        var classes = KeyedTextClassesByWindow();
        Assert.All(classes, window => Assert.True(window.Value.Count == 1, $"{window.Key} takes access keys from {string.Join(", ", window.Value)}"));
        Assert.Equal(typeof(TrayText.PasswordDialog).FullName, classes["AltIdShell.Tray.Dialogs.PasswordDialog"].Single());
        Assert.Equal(typeof(TrayText.Menu).FullName, classes["AltIdShell.Tray.TrayApplication"].Single());
    }

    [Fact]
    public void The_tray_makes_no_texts_of_its_own()
    {
        var made = _code.SelectMany(m => m).Where(i => i.Member == LocalizedTextName + "::.ctor").Select(i => i.Type + "." + i.Method).Distinct();
        Assert.Empty(made);
    }

    // A window's lambdas and async methods are types nested in it: their reads count as the window's.
    private Dictionary<string, List<string>> KeyedTextClassesByWindow() =>
        _code.SelectMany(m => m)
            .Where(i => i.OpCode == System.Reflection.Emit.OpCodes.Call && i.Member != null && i.Member.Contains("::get_"))
            .Select(i => (Window: i.Type.Split('+')[0], Getter: i.Member!.Split("::")))
            .Select(r => (r.Window, Class: r.Getter[0], Text: Text(r.Getter[0], r.Getter[1].Substring("get_".Length))))
            .Where(r => r.Text is { } text && TextCatalogue.AccessKey(text.Danish) != null)
            .GroupBy(r => r.Window)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Class).Distinct().ToList());

    private static LocalizedText? Text(string className, string property) =>
        new[] { typeof(TrayText).Assembly, typeof(LocalizedText).Assembly }
            .Select(a => a.GetType(className)?.GetProperty(property))
            .FirstOrDefault(p => p != null && p.PropertyType == typeof(LocalizedText))?.GetValue(null) as LocalizedText?;
}
