using System;
using System.IO;
using System.Windows.Forms;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Store;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Tray.Dialogs;

/// <summary>
/// "Export from my certificates…": the certificates already in Windows' personal stores, OCES3 organisation/system
/// certificates first with their AltID label and expiry, the rest behind "Show all". Export writes the public
/// certificate into a folder the user picks (Documents to start with); the key in the store is never touched.
/// </summary>
internal sealed class StoreCertificatesWindow : Form
{
    private readonly ICertificateStoreSource _source;
    private readonly Action<string, ExportResult> _exported;
    private readonly ListView _list;
    private readonly CheckBox _showAll;
    private readonly Button _export;
    private readonly Label _empty;
    private readonly Label _status;
    private StoreListing _listing = new(Array.Empty<StoreCertificate>(), Array.Empty<CertificateStoreLocation>());
    private string _folder = Environment.GetFolderPath(Environment.SpecialFolder.MyDocuments);

    /// <param name="source">The certificate stores to list, the user's own on Windows.</param>
    /// <param name="exported">Told the store's name and the result after each export, to record and announce it.</param>
    public StoreCertificatesWindow(ICertificateStoreSource source, Action<string, ExportResult> exported)
    {
        _source = source;
        _exported = exported;
        DialogStyle.Apply(this, TrayText.StoreCertificatesWindow.Title.ToString());
        MinimumSize = new System.Drawing.Size(Font.Height * 40, Font.Height * 18);
        Size = new System.Drawing.Size(Font.Height * 68, Font.Height * 24);

        var table = new TableLayoutPanel { Dock = DockStyle.Fill, ColumnCount = 1, Padding = new Padding(10) };
        table.RowStyles.Add(new RowStyle(SizeType.AutoSize));
        table.RowStyles.Add(new RowStyle(SizeType.Percent, 100));
        table.RowStyles.Add(new RowStyle(SizeType.AutoSize));
        table.Controls.Add(new Label { Text = TrayText.StoreCertificatesWindow.Intro.ToString(), AutoSize = true, UseMnemonic = false, Margin = new Padding(0, 0, 0, 6) }, 0, 0);

        _list = DialogStyle.DetailsList(TrayText.StoreCertificatesWindow.ListName, CertificateRow.StoreColumns);
        _list.ItemActivate += (_, _) => ExportSelected();
        _list.ClientSizeChanged += (_, _) => DialogStyle.FitColumns(_list, fill: _list.Columns[_list.Columns.Count - 1]);
        _empty = new Label { Text = TrayText.StoreCertificatesWindow.Empty.ToString(), Dock = DockStyle.Fill, Padding = new Padding(Font.Height), UseMnemonic = false, Visible = false };
        var listArea = new Panel { Dock = DockStyle.Fill, Margin = new Padding(0) };
        listArea.Controls.Add(_list);
        listArea.Controls.Add(_empty);
        table.Controls.Add(listArea, 0, 1);

        var bottom = new TableLayoutPanel { AutoSize = true, Dock = DockStyle.Fill, ColumnCount = 4, Margin = new Padding(0, 6, 0, 0), TabIndex = 1 };
        bottom.ColumnStyles.Add(new ColumnStyle(SizeType.AutoSize));
        bottom.ColumnStyles.Add(new ColumnStyle(SizeType.Percent, 100));
        bottom.ColumnStyles.Add(new ColumnStyle(SizeType.AutoSize));
        bottom.ColumnStyles.Add(new ColumnStyle(SizeType.AutoSize));
        _showAll = new CheckBox
        {
            Text = TrayText.StoreCertificatesWindow.ShowAll.ToString(),
            AccessibleName = TrayText.StoreCertificatesWindow.ShowAll.ToString().Replace("&", ""),
            AutoSize = true,
            Anchor = AnchorStyles.Left,
            TabIndex = 0,
        };
        _showAll.CheckedChanged += (_, _) => Fill();
        _status = DialogStyle.StatusLabel(this);
        _export = DialogStyle.Button(TrayText.StoreCertificatesWindow.Export.ToString());
        _export.Click += (_, _) => ExportSelected();
        _list.SelectedIndexChanged += (_, _) => _export.Enabled = Selected() != null;
        _export.TabIndex = 1;
        var close = DialogStyle.CloseButton(this, TrayText.StoreCertificatesWindow.Close, tabIndex: 2);
        bottom.Controls.Add(_showAll, 0, 0);
        bottom.Controls.Add(_status, 1, 0);
        bottom.Controls.Add(_export, 2, 0);
        bottom.Controls.Add(close, 3, 0);
        table.Controls.Add(bottom, 0, 2);

        AcceptButton = _export;
        Controls.Add(table);
        Load += (_, _) => Reload();
    }

    /// <summary>Reads the stores again: the user may have imported a certificate meanwhile.</summary>
    public void Reload()
    {
        _listing = StoreCertificateLister.List(_source, DateTimeOffset.UtcNow);
        Say(_listing.Unreadable.Count == 0 ? null : TrayText.StoreCertificatesWindow.Unreadable.Format(string.Join(", ", _listing.Unreadable) + @"\My"));
        Fill();
    }

    private void Fill()
    {
        _list.BeginUpdate();
        _list.Items.Clear();
        foreach (var certificate in _listing.Shown(_showAll.Checked))
        {
            _list.Items.Add(new ListViewItem(CertificateRow.StoreCells(certificate.Summary, certificate.StoreName, LocalTime.OfThisComputer))
            { Tag = certificate, ToolTipText = certificate.Summary.Sha256Fingerprint });
        }
        if (_list.Items.Count > 0)
        {
            _list.Items[0].Selected = true;
            _list.Items[0].Focused = true;
        }
        DialogStyle.FitColumns(_list, fill: _list.Columns[_list.Columns.Count - 1]);
        _list.EndUpdate();
        _empty.Visible = _list.Items.Count == 0;
        _list.Visible = !_empty.Visible;
        _export.Enabled = Selected() != null;
    }

    private StoreCertificate? Selected() => _list.SelectedItems.Count == 1 ? (StoreCertificate)_list.SelectedItems[0].Tag : null;

    private void ExportSelected()
    {
        var certificate = Selected();
        if (certificate == null)
            return;
        using (var picker = new FolderBrowserDialog { Description = TrayText.StoreCertificatesWindow.FolderPrompt.ToString(), SelectedPath = _folder })
        {
            if (picker.ShowDialog(this) != DialogResult.OK || string.IsNullOrEmpty(picker.SelectedPath))
                return;
            _folder = picker.SelectedPath;
        }
        var choice = ExistingFileChoice.Ask;
        while (true)
        {
            try
            {
                var result = StoreCertificateExporter.Default.Export(certificate, _folder, choice);
                Say(VerdictText.Headline(result.Summary.AltId.Kind, Path.GetFileName(result.OutputPath)));
                _exported(certificate.StoreName, result);
                return;
            }
            catch (ExportException e) when (e.Kind == ExportErrorKind.OutputExists && choice == ExistingFileChoice.Ask)
            {
                // A file that is not a certificate is kept: only a numbered name is offered then.
                if (ExistingFileDialog.Ask(e.ExistingPath!, e.MayReplace) is not { } answer)
                    return;
                choice = answer;
            }
            catch (ExportException e)
            {
                MessageBox.Show(this, DisplayText.Escape(e.Text.ToString()), TrayText.ErrorTitle.ToString(), MessageBoxButtons.OK, MessageBoxIcon.Warning);
                return;
            }
        }
    }

    private void Say(LocalizedText? text)
    {
        _status.Text = text?.ToString() ?? "";
        _status.AccessibleName = _status.Text;
    }
}
