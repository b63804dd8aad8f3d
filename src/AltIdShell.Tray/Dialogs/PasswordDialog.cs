using System;
using System.Drawing;
using System.IO;
using System.Threading.Tasks;
using System.Windows.Forms;
using AltIdShell.Core.Flow;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Tray.Dialogs;

/// <summary>
/// Asks for one file's password. Enter submits, Esc cancels; a wrong password leaves the dialog open with the reason
/// shown and the password selected for retyping. The typed password is handed on and cleared, never kept or shown
/// elsewhere.
/// </summary>
internal sealed class PasswordDialog : Form
{
    private readonly Func<string, Task<LocalizedText?>> submit;
    private readonly TextBox password;
    private readonly CheckBox show;
    private readonly CheckBox useForRemaining;
    private readonly Label complaint;
    private readonly Button export;
    private readonly Button cancel;
    private bool busy;

    public PasswordDialog(PasswordPrompt prompt, Func<string, Task<LocalizedText?>> submit)
    {
        this.submit = submit;
        DialogStyle.Apply(this, TrayText.PasswordDialog.Title.ToString());
        DialogStyle.MakeFixedDialog(this);

        var table = DialogStyle.Table(2);
        void Row(Control left, Control? right)
        {
            var row = table.RowCount++;
            table.RowStyles.Add(new RowStyle(SizeType.AutoSize));
            table.Controls.Add(left, 0, row);
            if (right == null)
                table.SetColumnSpan(left, 2);
            else
                table.Controls.Add(right, 1, row);
        }

        Row(DialogStyle.Text(TrayText.PasswordDialog.Intro.ToString(), this), null);
        if (prompt.Count > 1)
            Row(DialogStyle.Text(TrayText.PasswordDialog.FileOfCount.Format(prompt.Position, prompt.Count).ToString(), this), null);
        Row(DialogStyle.Text(TrayText.PasswordDialog.File.ToString(), this), Named(DialogStyle.Text(Path.GetFileName(prompt.SourcePath), this, bold: true, fontHeights: 24), TrayText.PasswordDialog.File));
        Row(DialogStyle.Text(TrayText.PasswordDialog.Folder.ToString(), this), Named(DialogStyle.Text(Path.GetDirectoryName(prompt.SourcePath) ?? "", this, fontHeights: 24), TrayText.PasswordDialog.Folder));

        var label = new Label { Text = TrayText.PasswordDialog.Password.ToString(), AutoSize = true, Anchor = AnchorStyles.Left, Margin = new Padding(0, 10, 8, 3) };
        password = new TextBox
        {
            UseSystemPasswordChar = true,
            Width = DialogStyle.TextWidth(this, 20),
            Anchor = AnchorStyles.Left | AnchorStyles.Right,
            Margin = new Padding(0, 10, 0, 3),
            AccessibleName = TrayText.PasswordDialog.Password.ToString().Replace("&", "").TrimEnd(':'),
        };
        Row(label, password);

        show = new CheckBox { Text = TrayText.PasswordDialog.ShowPassword.ToString(), AutoSize = true, Margin = new Padding(0, 3, 0, 3) };
        show.CheckedChanged += (_, _) => password.UseSystemPasswordChar = !show.Checked;
        Row(new Label { AutoSize = true }, show);

        useForRemaining = new CheckBox
        {
            Text = TrayText.PasswordDialog.UseForRemaining.Format(prompt.Remaining).ToString(),
            AutoSize = true,
            Margin = new Padding(0, 3, 0, 3),
        };
        if (prompt.Remaining > 0)
            Row(new Label { AutoSize = true }, useForRemaining);

        complaint = DialogStyle.Text(prompt.SharedPasswordFailed ? TrayText.PasswordDialog.RememberedWasWrong.ToString() : "", this);
        complaint.ForeColor = Color.FromArgb(0xA8, 0x00, 0x00);
        complaint.Visible = prompt.SharedPasswordFailed;
        complaint.AccessibleRole = AccessibleRole.Alert;
        Row(complaint, null);

        export = DialogStyle.Button(TrayText.PasswordDialog.Export.ToString());
        cancel = DialogStyle.Button(TrayText.PasswordDialog.Cancel.ToString(), DialogResult.Cancel);
        export.Click += async (_, _) => await SubmitAsync();
        Row(DialogStyle.ButtonRow(export, cancel), null);

        AcceptButton = export;
        CancelButton = cancel;
        Controls.Add(table);
        Shown += (_, _) =>
        {
            Activate();
            password.Focus();
        };
        FormClosing += (_, e) => e.Cancel = busy;
    }

    public bool UseForRemaining => useForRemaining.Checked;

    private static Control Named(Control control, LocalizedText name)
    {
        control.AccessibleName = name.ToString().TrimEnd(':');
        return control;
    }

    private async Task SubmitAsync()
    {
        if (busy)
            return;
        SetBusy(true);
        LocalizedText? answer;
        try
        {
            answer = await submit(password.Text);
        }
        finally
        {
            SetBusy(false);
        }
        if (answer == null)
        {
            password.Clear();
            DialogResult = DialogResult.OK;
            return;
        }
        complaint.Text = answer.Value.ToString();
        complaint.Visible = true;
        complaint.AccessibleName = complaint.Text;
        password.Focus();
        password.SelectAll();
    }

    private void SetBusy(bool value)
    {
        busy = value;
        export.Enabled = cancel.Enabled = password.Enabled = !value;
        export.Text = value ? TrayText.PasswordDialog.Checking.ToString() : TrayText.PasswordDialog.Export.ToString();
        UseWaitCursor = value;
    }
}
