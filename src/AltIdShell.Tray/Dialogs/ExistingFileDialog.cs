using System.Windows.Forms;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Tray.Dialogs;

/// <summary>
/// A different file already has the name: keep both (the safe default), replace it, or cancel this file. A file that
/// is not a certificate (a .p12, a key) is never replaced: the dialog then offers keeping both or cancelling only.
/// </summary>
internal sealed class ExistingFileDialog : Form
{
    private ExistingFileDialog(string existingPath, bool mayReplace)
    {
        DialogStyle.Apply(this, TrayText.ExistingFileDialog.Title.ToString());
        DialogStyle.MakeFixedDialog(this);
        var table = DialogStyle.Table(1);
        var question = DialogStyle.Text(TrayText.ExistingFileQuestion(existingPath, mayReplace).ToString(), this);
        question.AccessibleRole = AccessibleRole.StaticText;
        table.Controls.Add(question, 0, 0);
        var existing = DialogStyle.Text(ExistingFileText.Describe(existingPath, path => CertificateExporter.Default.InspectCer(path),
            System.IO.File.GetLastWriteTimeUtc(existingPath), LocalTime.OfThisComputer).ToString(), this);
        existing.AccessibleRole = AccessibleRole.StaticText;
        table.Controls.Add(existing, 0, 1);
        var keepBoth = DialogStyle.Button(TrayText.ExistingFileDialog.KeepBoth.ToString(), DialogResult.Yes);
        var replace = DialogStyle.Button(TrayText.ExistingFileDialog.Replace.ToString(), DialogResult.No);
        var cancel = DialogStyle.Button(TrayText.ExistingFileDialog.Cancel.ToString(), DialogResult.Cancel);
        table.Controls.Add(mayReplace ? DialogStyle.ButtonRow(keepBoth, replace, cancel) : DialogStyle.ButtonRow(keepBoth, cancel), 0, 2);
        AcceptButton = keepBoth;
        CancelButton = cancel;
        Controls.Add(table);
        Shown += (_, _) =>
        {
            Activate();
            keepBoth.Focus();
        };
    }

    /// <param name="existingPath">The file in the way.</param>
    /// <param name="mayReplace">False for a file that is not a certificate: Replace is not offered.</param>
    public static ExistingFileChoice? Ask(string existingPath, bool mayReplace)
    {
        using var dialog = new ExistingFileDialog(existingPath, mayReplace);
        return dialog.ShowDialog() switch
        {
            DialogResult.Yes => ExistingFileChoice.KeepBoth,
            DialogResult.No when mayReplace => ExistingFileChoice.Replace,
            _ => null,
        };
    }
}
