using System;
using System.Globalization;
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
    private readonly ICertificateStoreSource source;
    private readonly Action<string, ExportResult> exported;
    private readonly ListView list;
    private readonly CheckBox showAll;
    private readonly Button export;
    private readonly Label empty;
    private readonly Label status;
    private StoreListing listing = new(Array.Empty<StoreCertificate>(), Array.Empty<CertificateStoreLocation>());
    private string folder = Environment.GetFolderPath(Environment.SpecialFolder.MyDocuments);

    /// <param name="exported">Told the store's name and the result after each export, to record and announce it.</param>
    public StoreCertificatesWindow(ICertificateStoreSource source, Action<string, ExportResult> exported)
    {
        this.source = source;
        this.exported = exported;
        DialogStyle.Apply(this, TrayText.StoreCertificatesWindow.Title.ToString());
        MinimumSize = new System.Drawing.Size(Font.Height * 40, Font.Height * 18);
        Size = new System.Drawing.Size(Font.Height * 68, Font.Height * 24);

        var table = new TableLayoutPanel { Dock = DockStyle.Fill, ColumnCount = 1, Padding = new Padding(10) };
        table.RowStyles.Add(new RowStyle(SizeType.AutoSize));
        table.RowStyles.Add(new RowStyle(SizeType.Percent, 100));
        table.RowStyles.Add(new RowStyle(SizeType.AutoSize));
        table.Controls.Add(new Label { Text = TrayText.StoreCertificatesWindow.Intro.ToString(), AutoSize = true, UseMnemonic = false, Margin = new Padding(0, 0, 0, 6) }, 0, 0);

        list = DialogStyle.DetailsList(TrayText.StoreCertificatesWindow.ListName,
            CertificateText.Organisation, CertificateText.CertificateName, CertificateText.Cvr, TrayText.ColumnAltId,
            CertificateText.ValidUntil, CertificateText.Environment, TrayText.ColumnStore);
        list.ItemActivate += (_, _) => ExportSelected();
        list.ClientSizeChanged += (_, _) => DialogStyle.FitColumns(list, fill: list.Columns[list.Columns.Count - 1]);
        empty = new Label { Text = TrayText.StoreCertificatesWindow.Empty.ToString(), Dock = DockStyle.Fill, Padding = new Padding(Font.Height), UseMnemonic = false, Visible = false };
        var listArea = new Panel { Dock = DockStyle.Fill, Margin = new Padding(0) };
        listArea.Controls.Add(list);
        listArea.Controls.Add(empty);
        table.Controls.Add(listArea, 0, 1);

        var bottom = new TableLayoutPanel { AutoSize = true, Dock = DockStyle.Fill, ColumnCount = 4, Margin = new Padding(0, 6, 0, 0), TabIndex = 1 };
        bottom.ColumnStyles.Add(new ColumnStyle(SizeType.AutoSize));
        bottom.ColumnStyles.Add(new ColumnStyle(SizeType.Percent, 100));
        bottom.ColumnStyles.Add(new ColumnStyle(SizeType.AutoSize));
        bottom.ColumnStyles.Add(new ColumnStyle(SizeType.AutoSize));
        showAll = new CheckBox { Text = TrayText.StoreCertificatesWindow.ShowAll.ToString(), AutoSize = true, Anchor = AnchorStyles.Left, TabIndex = 0 };
        showAll.CheckedChanged += (_, _) => Fill();
        status = DialogStyle.StatusLabel(this);
        export = DialogStyle.Button(TrayText.StoreCertificatesWindow.Export.ToString());
        export.Click += (_, _) => ExportSelected();
        list.SelectedIndexChanged += (_, _) => export.Enabled = Selected() != null;
        export.TabIndex = 1;
        var close = DialogStyle.CloseButton(this, TrayText.StoreCertificatesWindow.Close, tabIndex: 2);
        bottom.Controls.Add(showAll, 0, 0);
        bottom.Controls.Add(status, 1, 0);
        bottom.Controls.Add(export, 2, 0);
        bottom.Controls.Add(close, 3, 0);
        table.Controls.Add(bottom, 0, 2);

        AcceptButton = export;
        Controls.Add(table);
        Load += (_, _) => Reload();
    }

    /// <summary>Reads the stores again: the user may have imported a certificate meanwhile.</summary>
    public void Reload()
    {
        listing = StoreCertificateLister.List(source, DateTimeOffset.UtcNow);
        Say(listing.Unreadable.Count == 0 ? null : TrayText.StoreCertificatesWindow.Unreadable.Format(string.Join(", ", listing.Unreadable) + @"\My"));
        Fill();
    }

    private void Fill()
    {
        list.BeginUpdate();
        list.Items.Clear();
        foreach (var certificate in listing.Shown(showAll.Checked))
        {
            var s = certificate.Summary;
            list.Items.Add(new ListViewItem(new[]
            {
                s.Organisation ?? "", s.CertificateName, s.Cvr ?? "",
                StoreCertificateRanking.Text(StoreCertificateRanking.Label(s)).ToString(),
                s.NotAfter.ToLocalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                CertificateText.For(s.Environment).ToString(),
                certificate.StoreName,
            }) { Tag = certificate });
        }
        if (list.Items.Count > 0)
        {
            list.Items[0].Selected = true;
            list.Items[0].Focused = true;
        }
        DialogStyle.FitColumns(list, fill: list.Columns[list.Columns.Count - 1]);
        list.EndUpdate();
        empty.Visible = list.Items.Count == 0;
        list.Visible = !empty.Visible;
        export.Enabled = Selected() != null;
    }

    private StoreCertificate? Selected() => list.SelectedItems.Count == 1 ? (StoreCertificate)list.SelectedItems[0].Tag : null;

    private void ExportSelected()
    {
        var certificate = Selected();
        if (certificate == null)
            return;
        using (var picker = new FolderBrowserDialog { Description = TrayText.StoreCertificatesWindow.FolderPrompt.ToString(), SelectedPath = folder })
        {
            if (picker.ShowDialog(this) != DialogResult.OK || string.IsNullOrEmpty(picker.SelectedPath))
                return;
            folder = picker.SelectedPath;
        }
        var choice = ExistingFileChoice.Ask;
        while (true)
        {
            try
            {
                var result = StoreCertificateExporter.Default.Export(certificate, folder, choice);
                Say(TrayText.NotifyWritten.Format(Path.GetFileName(result.OutputPath)));
                exported(certificate.StoreName, result);
                return;
            }
            catch (ExportException e) when (e.Kind == ExportErrorKind.OutputExists && choice == ExistingFileChoice.Ask)
            {
                if (ExistingFileDialog.Ask(e.ExistingPath!) is not { } answer)
                    return;
                choice = answer;
            }
            catch (ExportException e)
            {
                MessageBox.Show(this, e.Text.ToString(), TrayText.ErrorTitle.ToString(), MessageBoxButtons.OK, MessageBoxIcon.Warning);
                return;
            }
        }
    }

    private void Say(LocalizedText? text)
    {
        status.Text = text?.ToString() ?? "";
        status.AccessibleName = status.Text;
    }
}
