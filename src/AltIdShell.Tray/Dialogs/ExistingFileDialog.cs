using System.Windows.Forms;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Tray.Dialogs;

/// <summary>A different .cer already has the name: keep both (the safe default), replace it, or cancel this file.</summary>
internal sealed class ExistingFileDialog : Form
{
    private ExistingFileDialog(string existingPath)
    {
        DialogStyle.Apply(this, TrayText.ExistingFileDialog.Title.ToString());
        DialogStyle.MakeFixedDialog(this);
        var table = DialogStyle.Table(1);
        var question = DialogStyle.Text(TrayText.ExistingFileQuestion(existingPath).ToString(), this);
        question.AccessibleRole = AccessibleRole.StaticText;
        table.Controls.Add(question, 0, 0);
        var existing = DialogStyle.Text(ExistingFileText.Describe(existingPath, path => CertificateExporter.Default.InspectCer(path),
            System.IO.File.GetLastWriteTimeUtc(existingPath), LocalTime.OfThisComputer).ToString(), this);
        existing.AccessibleRole = AccessibleRole.StaticText;
        table.Controls.Add(existing, 0, 1);
        var keepBoth = DialogStyle.Button(TrayText.ExistingFileDialog.KeepBoth.ToString(), DialogResult.Yes);
        var replace = DialogStyle.Button(TrayText.ExistingFileDialog.Replace.ToString(), DialogResult.No);
        var cancel = DialogStyle.Button(TrayText.ExistingFileDialog.Cancel.ToString(), DialogResult.Cancel);
        table.Controls.Add(DialogStyle.ButtonRow(keepBoth, replace, cancel), 0, 2);
        AcceptButton = keepBoth;
        CancelButton = cancel;
        Controls.Add(table);
        Shown += (_, _) =>
        {
            Activate();
            keepBoth.Focus();
        };
    }

    public static ExistingFileChoice? Ask(string existingPath)
    {
        using var dialog = new ExistingFileDialog(existingPath);
        return dialog.ShowDialog() switch
        {
            DialogResult.Yes => ExistingFileChoice.KeepBoth,
            DialogResult.No => ExistingFileChoice.Replace,
            _ => null,
        };
    }
}
