using System;
using System.Collections.Generic;
using System.Drawing;
using System.IO;
using System.Windows.Forms;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Recent;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Tray.Dialogs;

/// <summary>
/// The recent exports, with everything a user does next: find the .cer, copy it for the browser's upload dialog,
/// compare the fingerprint, open the AltID register. Every action has a button with an access key, and the list
/// answers Enter (open folder), Delete (remove) and Ctrl+C (copy path).
/// </summary>
internal sealed class RecentExportsWindow : Form
{
    private readonly RecentExportsStore _store;
    private readonly ListView _list;
    private readonly Label _empty;
    private readonly Label _status;
    private readonly List<Button> _itemButtons = new();

    public RecentExportsWindow(RecentExportsStore store)
    {
        _store = store;
        DialogStyle.Apply(this, TrayText.RecentExportsWindow.Title.ToString());
        MinimumSize = new Size(Font.Height * 40, Font.Height * 18);
        // The AltID column's verdict ("Kun til test") says production or test, so there is no separate environment column.
        // Never wider than the screen it opens on, or its right edge (Close, the folder) would be out of reach.
        Size = new Size(Math.Min(Font.Height * 72, Screen.FromPoint(Cursor.Position).WorkingArea.Width), Font.Height * 26);

        var table = new TableLayoutPanel { Dock = DockStyle.Fill, ColumnCount = 1, Padding = new Padding(10) };
        table.RowStyles.Add(new RowStyle(SizeType.Percent, 100));
        table.RowStyles.Add(new RowStyle(SizeType.AutoSize));
        table.RowStyles.Add(new RowStyle(SizeType.AutoSize));

        _list = DialogStyle.DetailsList(TrayText.RecentExportsWindow.ListName, RecentExportRow.Columns(LocalTime.OfThisComputer, DateTimeOffset.UtcNow));
        _list.SelectedIndexChanged += (_, _) =>
        {
            // What the status line said was about the row selected then.
            Say(null);
            UpdateButtons();
        };
        _list.ItemActivate += (_, _) => OnSelected(e => ShellActions.Reveal(e.OutputPath));
        _list.KeyDown += OnListKey;
        _list.ClientSizeChanged += (_, _) => DialogStyle.FitColumns(_list, fill: _list.Columns[_list.Columns.Count - 1]);

        // Not auto-sized: the hint wraps to whatever width the window has.
        _empty = new Label
        {
            Text = TrayText.RecentExportsWindow.Empty.ToString(),
            Dock = DockStyle.Fill,
            Padding = new Padding(Font.Height),
            UseMnemonic = false,
            Visible = false,
        };
        var listArea = new Panel { Dock = DockStyle.Fill, Margin = new Padding(0) };
        listArea.Controls.Add(_list);
        listArea.Controls.Add(_empty);
        table.Controls.Add(listArea, 0, 0);

        var actions = new FlowLayoutPanel { AutoSize = true, Dock = DockStyle.Fill, Margin = new Padding(0, 8, 0, 0), TabIndex = 1 };
        ItemButton(actions, TrayText.RecentExportsWindow.OpenFolder, e => ShellActions.Reveal(e.OutputPath));
        ItemButton(actions, TrayText.RecentExportsWindow.CopyPath, CopyPath);
        ItemButton(actions, TrayText.RecentExportsWindow.CopyFile, e =>
        {
            if (StillExported(e))
                Copied(ShellActions.CopyFile(e.OutputPath), TrayText.RecentExportsWindow.CopiedFile);
        });
        ItemButton(actions, TrayText.RecentExportsWindow.CopyFingerprint, e =>
        {
            if (StillExported(e))
                Copied(ShellActions.CopyText(e.Sha256Fingerprint), TrayText.RecentExportsWindow.CopiedFingerprint);
        });
        ItemButton(actions, TrayText.RecentExportsWindow.Remove, Remove, needsFile: false);
        table.Controls.Add(actions, 0, 1);

        var bottom = new TableLayoutPanel { AutoSize = true, Dock = DockStyle.Fill, ColumnCount = 3, TabIndex = 2, Margin = new Padding(0, 6, 0, 0) };
        bottom.ColumnStyles.Add(new ColumnStyle(SizeType.AutoSize));
        bottom.ColumnStyles.Add(new ColumnStyle(SizeType.Percent, 100));
        bottom.ColumnStyles.Add(new ColumnStyle(SizeType.AutoSize));
        var register = new LinkLabel
        {
            Text = TrayText.RecentExportsWindow.OpenRegister.ToString(),
            AutoSize = true,
            Anchor = AnchorStyles.Left,
            AccessibleName = TrayText.RecentExportsWindow.OpenRegister.ToString().Replace("&", ""),
            TabIndex = 0,
        };
        register.LinkClicked += (_, _) => ShellActions.OpenWebPage(ShellActions.RecipientRegister);
        _status = DialogStyle.StatusLabel(this);
        var close = DialogStyle.CloseButton(this, TrayText.RecentExportsWindow.Close, tabIndex: 1);
        bottom.Controls.Add(register, 0, 0);
        bottom.Controls.Add(_status, 1, 0);
        bottom.Controls.Add(close, 2, 0);
        table.Controls.Add(bottom, 0, 2);

        Controls.Add(table);
        Activated += (_, _) => Reload();
    }

    /// <summary>Reads the list again: another tray or the last export may have changed it.</summary>
    public void Reload()
    {
        var selected = Selected()?.OutputPath;
        Say(null);
        IReadOnlyList<RecentExport> entries;
        try
        {
            entries = _store.Load();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entries = Array.Empty<RecentExport>();
            Say(TrayText.ErrorRecentList.Format(e.Message));
        }
        _list.BeginUpdate();
        _list.Items.Clear();
        var now = DateTimeOffset.UtcNow;
        var time = LocalTime.OfThisComputer;
        foreach (var e in entries)
        {
            _list.Items.Add(new ListViewItem(RecentExportRow.Cells(e, entries, now, time))
            {
                Tag = e,
                ToolTipText = RecentExportRow.ToolTip(e),
                Selected = selected != null && RecentExportsStore.SamePath(e.OutputPath, selected),
            });
        }
        if (_list.Items.Count > 0 && _list.SelectedItems.Count == 0)
            _list.Items[0].Selected = true;
        if (_list.SelectedItems.Count > 0)
            _list.SelectedItems[0].Focused = true;
        // The last column takes what the others leave; the folder, cut in the middle, stays near the file it holds.
        DialogStyle.FitColumns(_list, fill: _list.Columns[_list.Columns.Count - 1]);
        _list.EndUpdate();
        _empty.Visible = _list.Items.Count == 0;
        _list.Visible = !_empty.Visible;
        UpdateButtons();
    }

    private RecentExport? Selected() => _list.SelectedItems.Count == 1 ? (RecentExport)_list.SelectedItems[0].Tag : null;

    private void ItemButton(FlowLayoutPanel panel, LocalizedText text, Action<RecentExport> action, bool needsFile = true)
    {
        var button = DialogStyle.Button(text.ToString());
        button.Margin = new Padding(0, 0, 6, 0);
        button.TabIndex = _itemButtons.Count;
        button.Click += (_, _) => OnSelected(action, needsFile);
        _itemButtons.Add(button);
        panel.Controls.Add(button);
    }

    private void OnSelected(Action<RecentExport> action, bool needsFile = true)
    {
        var entry = Selected();
        if (entry == null)
            return;
        if (needsFile && !TrayFiles.Exists(entry.OutputPath))
        {
            Say(TrayText.ErrorFileGone.Format(entry.OutputPath));
            return;
        }
        action(entry);
    }

    private void CopyPath(RecentExport entry) =>
        Copied(ShellActions.CopyText(entry.OutputPath), TrayText.RecentExportsWindow.CopiedPath.Format(Path.GetFileName(entry.OutputPath)));

    private void Copied(bool done, LocalizedText saying) => Say(done ? saying : TrayText.ErrorClipboardBusy);

    /// <summary>The .cer read again before it or its fingerprint goes to the register: it may have been replaced since.</summary>
    private bool StillExported(RecentExport entry)
    {
        var state = RecentCerCheck.Of(entry, path => CertificateExporter.Default.InspectCer(path));
        if (state == RecentCerState.Unchanged)
            return true;
        Say(state switch
        {
            RecentCerState.Missing => TrayText.ErrorFileGone.Format(entry.OutputPath),
            RecentCerState.Unreadable => TrayText.ErrorCerUnreadable.Format(Path.GetFileName(entry.OutputPath)),
            _ => TrayText.ErrorCerChanged.Format(Path.GetFileName(entry.OutputPath)),
        });
        return false;
    }

    private void Remove(RecentExport entry)
    {
        LocalizedText? failure = null;
        try
        {
            _store.Remove(entry.OutputPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = TrayText.ErrorRecentList.Format(e.Message);
        }
        Reload();
        if (failure != null)
            Say(failure);
    }

    private void OnListKey(object sender, KeyEventArgs e)
    {
        if (e.KeyCode == Keys.Delete)
            OnSelected(Remove, needsFile: false);
        else if (e.KeyCode == Keys.C && e.Control)
            OnSelected(CopyPath);
        else
            return;
        e.Handled = true;
    }

    private void Say(LocalizedText? text)
    {
        _status.Text = text?.ToString() ?? "";
        _status.AccessibleName = _status.Text;
    }

    private void UpdateButtons()
    {
        var any = Selected() != null;
        foreach (var button in _itemButtons)
            button.Enabled = any;
    }
}
