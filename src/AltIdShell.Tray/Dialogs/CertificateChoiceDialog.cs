using System.Collections.Generic;
using System.Windows.Forms;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Tray.Dialogs;

/// <summary>The file holds several leaf certificates: the user picks the one to export, seeing who each is for.</summary>
internal sealed class CertificateChoiceDialog : Form
{
    private readonly ListView _list;

    private CertificateChoiceDialog(string sourcePath, IReadOnlyList<CertificateSummary> candidates)
    {
        DialogStyle.Apply(this, TrayText.CertificateChoiceDialog.Title.ToString());
        DialogStyle.MakeFixedDialog(this);
        var table = DialogStyle.Table(1);
        table.Controls.Add(DialogStyle.Text(TrayText.ChoiceIntro(sourcePath).ToString(), this, fontHeights: 40), 0, 0);

        _list = new ListView
        {
            View = View.Details,
            FullRowSelect = true,
            MultiSelect = false,
            HideSelection = false,
            Width = DialogStyle.TextWidth(this, 40),
            Height = Font.Height * 10,
            AccessibleName = TrayText.CertificateChoiceDialog.ListName.ToString(),
            ShowItemToolTips = true,
            TabIndex = 0,
        };
        foreach (var column in CertificateRow.ChoiceColumns)
            _list.Columns.Add(column.ToString());
        foreach (var c in candidates)
            _list.Items.Add(new ListViewItem(CertificateRow.ChoiceCells(c, LocalTime.OfThisComputer)) { Tag = c.Sha256Fingerprint, ToolTipText = c.Sha256Fingerprint });
        _list.Items[0].Selected = true;
        _list.Items[0].Focused = true;
        table.Controls.Add(_list, 0, 1);

        var export = DialogStyle.Button(TrayText.CertificateChoiceDialog.Export.ToString(), DialogResult.OK);
        var cancel = DialogStyle.Button(TrayText.CertificateChoiceDialog.Cancel.ToString(), DialogResult.Cancel);
        _list.SelectedIndexChanged += (_, _) => export.Enabled = _list.SelectedItems.Count == 1;
        _list.ItemActivate += (_, _) => DialogResult = DialogResult.OK;
        table.Controls.Add(DialogStyle.ButtonRow(export, cancel), 0, 2);
        AcceptButton = export;
        CancelButton = cancel;
        Controls.Add(table);
        // Measured once the list has the dialog's font, which it inherits only when placed in the dialog.
        Load += (_, _) =>
        {
            DialogStyle.FitColumns(_list);
            // Every column whole, the fingerprint's too: it is what tells two certificates of one name apart.
            var columns = 0;
            foreach (ColumnHeader column in _list.Columns)
                columns += column.Width;
            _list.Width = System.Math.Max(_list.Width, columns + SystemInformation.VerticalScrollBarWidth + 4);
        };
        Shown += (_, _) =>
        {
            Activate();
            _list.Focus();
        };
    }

    /// <summary>The chosen certificate's SHA-256 fingerprint, or null when cancelled.</summary>
    public static string? Choose(string sourcePath, IReadOnlyList<CertificateSummary> candidates)
    {
        using var dialog = new CertificateChoiceDialog(sourcePath, candidates);
        return dialog.ShowDialog() == DialogResult.OK && dialog._list.SelectedItems.Count == 1
            ? (string)dialog._list.SelectedItems[0].Tag
            : null;
    }
}
