using System.Collections.Generic;
using System.Drawing;
using System.Linq;
using System.Windows.Forms;
using AltIdShell.Core.Certificates;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Tray.Dialogs;

/// <summary>
/// "Check certificate for AltID": for each file its verdict first, then the reasons and the details
/// (<see cref="CertificateCheckReport"/>). Nothing to decide here, so it is a plain window that stays until closed;
/// "Copy text" puts all of it on the clipboard, fingerprints included, for a ticket or a comparison.
/// </summary>
internal sealed class CertificateCheckWindow : Form
{
    private readonly Label _status;

    public CertificateCheckWindow(IReadOnlyList<CertificateCheckReport> reports)
    {
        DialogStyle.Apply(this, TrayText.CertificateCheckWindow.Title.ToString());
        Size = new Size(Font.Height * 46, Font.Height * (reports.Count > 1 ? 34 : 26));
        MinimumSize = new Size(Font.Height * 30, Font.Height * 16);

        var table = new TableLayoutPanel { Dock = DockStyle.Fill, ColumnCount = 1, Padding = new Padding(10) };
        table.RowStyles.Add(new RowStyle(SizeType.Percent, 100));
        table.RowStyles.Add(new RowStyle(SizeType.AutoSize));

        var content = new FlowLayoutPanel
        {
            Dock = DockStyle.Fill,
            FlowDirection = FlowDirection.TopDown,
            WrapContents = false,
            AutoScroll = true,
            Margin = new Padding(0),
            TabIndex = 0,
        };
        content.Controls.Add(DialogStyle.Text(TrayText.CertificateCheckWindow.Intro.ToString(), this, fontHeights: 42));
        foreach (var report in reports)
            AddReport(content, report);
        table.Controls.Add(content, 0, 0);

        _status = DialogStyle.StatusLabel(this);
        var copy = DialogStyle.Button(TrayText.CertificateCheckWindow.Copy.ToString());
        var text = string.Join(System.Environment.NewLine + System.Environment.NewLine, reports.Select(r => r.ToString()));
        copy.Click += (_, _) =>
        {
            if (ShellActions.CopyText(text))
                Say(TrayText.CertificateCheckWindow.Copied.ToString());
            else
                Say(TrayText.ErrorClipboardBusy.ToString());
        };
        var bottom = new TableLayoutPanel { AutoSize = true, Dock = DockStyle.Fill, ColumnCount = 2, TabIndex = 1, Margin = new Padding(0, 6, 0, 0) };
        bottom.ColumnStyles.Add(new ColumnStyle(SizeType.Percent, 100));
        bottom.ColumnStyles.Add(new ColumnStyle(SizeType.AutoSize));
        bottom.Controls.Add(_status, 0, 0);
        bottom.Controls.Add(DialogStyle.ButtonRow(copy, DialogStyle.CloseButton(this, TrayText.CertificateCheckWindow.Close, 1)), 1, 0);
        table.Controls.Add(bottom, 0, 1);
        Controls.Add(table);
    }

    private void AddReport(Control content, CertificateCheckReport report)
    {
        var name = DialogStyle.Text(report.FileName, this, bold: true, fontHeights: 42);
        name.Margin = new Padding(0, Font.Height, 0, 3);
        content.Controls.Add(name);
        for (var i = 0; i < report.Lines.Count; i++)
        {
            var line = DialogStyle.Text(report.Lines[i], this, bold: i == 0, fontHeights: 42);
            if (i == 0)
                line.ForeColor = DialogStyle.Accent(VerdictColour(report.Verdict));
            content.Controls.Add(line);
        }
    }

    // The verdict's colour repeats what its words say, for a glance; the words alone carry the meaning.
    private static Color VerdictColour(VerdictKind? verdict) => verdict switch
    {
        VerdictKind.Suitable => Color.DarkGreen,
        VerdictKind.TestOnly => Color.DarkGoldenrod,
        _ => Color.DarkRed,
    };

    private void Say(string text)
    {
        _status.Text = text;
        _status.AccessibleName = text;
    }
}
