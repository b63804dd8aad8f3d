using System;
using System.Drawing;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using System.Windows.Forms;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Export;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Tray.Dialogs;

/// <summary>
/// Asks for one file's password. Enter submits, Esc cancels; a wrong password leaves the dialog open with the reason
/// shown and the password selected for retyping. While a password is tried the dialog shows how far the key
/// derivation has come, and Cancel stops it at once and ends the batch. The typed password is handed on and cleared,
/// never kept or shown elsewhere.
/// </summary>
internal sealed class PasswordDialog : Form
{
    private readonly SubmitPassword _submit;
    private readonly TextBox _password;
    private readonly CheckBox _show;
    private readonly CheckBox _useForRemaining;
    private readonly Label _complaint;
    private readonly Button _export;
    private readonly Button _cancel;
    private readonly ProgressBar _progress;
    private readonly Label _progressText;
    private CancellationTokenSource? _attempt;

    public PasswordDialog(PasswordPrompt prompt, SubmitPassword submit)
    {
        _submit = submit;
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
        _password = new TextBox
        {
            UseSystemPasswordChar = true,
            Width = DialogStyle.TextWidth(this, 20),
            Anchor = AnchorStyles.Left | AnchorStyles.Right,
            Margin = new Padding(0, 10, 0, 3),
            AccessibleName = TrayText.PasswordDialog.Password.ToString().Replace("&", "").TrimEnd(':'),
        };
        Row(label, _password);

        _show = new CheckBox { Text = TrayText.PasswordDialog.ShowPassword.ToString(), AutoSize = true, Margin = new Padding(0, 3, 0, 3) };
        _show.CheckedChanged += (_, _) => _password.UseSystemPasswordChar = !_show.Checked;
        Row(new Label { AutoSize = true }, _show);

        _useForRemaining = new CheckBox
        {
            Text = TrayText.PasswordDialog.UseForRemaining.Format(prompt.Remaining).ToString(),
            AutoSize = true,
            Margin = new Padding(0, 3, 0, 3),
        };
        if (prompt.Remaining > 0)
            Row(new Label { AutoSize = true }, _useForRemaining);

        _complaint = DialogStyle.Text(prompt.SharedPasswordFailed ? TrayText.PasswordDialog.RememberedWasWrong.ToString() : "", this);
        _complaint.ForeColor = DialogStyle.Accent(Color.FromArgb(0xA8, 0x00, 0x00));
        _complaint.Visible = prompt.SharedPasswordFailed;
        _complaint.AccessibleRole = AccessibleRole.Alert;
        Row(_complaint, null);

        _progress = new ProgressBar { Minimum = 0, Maximum = 100, Style = ProgressBarStyle.Marquee, Dock = DockStyle.Fill, Visible = false };
        _progressText = DialogStyle.Text("", this);
        _progressText.Visible = false;
        Row(_progressText, _progress);

        _export = DialogStyle.Button(TrayText.PasswordDialog.Export.ToString());
        _cancel = DialogStyle.Button(TrayText.PasswordDialog.Cancel.ToString(), DialogResult.Cancel);
        _export.Click += async (_, _) => await SubmitAsync();
        // While a password is tried, Cancel stops the derivation; the dialog closes once the try has returned.
        _cancel.Click += (_, _) => _attempt?.Cancel();
        Row(DialogStyle.ButtonRow(_export, _cancel), null);

        AcceptButton = _export;
        CancelButton = _cancel;
        Controls.Add(table);
        Shown += (_, _) =>
        {
            Activate();
            _password.Focus();
        };
        FormClosing += (_, e) =>
        {
            _attempt?.Cancel();
            e.Cancel = _attempt != null;
        };
    }

    public bool UseForRemaining => _useForRemaining.Checked;

    private static Control Named(Control control, LocalizedText name)
    {
        control.AccessibleName = name.ToString().TrimEnd(':');
        return control;
    }

    private async Task SubmitAsync()
    {
        if (_attempt != null)
            return;
        using var attempt = new CancellationTokenSource();
        _attempt = attempt;
        SetBusy(true);
        LocalizedText? answer;
        try
        {
            answer = await _submit(_password.Text, attempt.Token, new Progress<double>(ShowProgress));
        }
        catch (OperationCanceledException)
        {
            _password.Clear();
            _attempt = null;
            DialogResult = DialogResult.Cancel;
            return;
        }
        finally
        {
            _attempt = null;
            SetBusy(false);
        }
        if (answer == null)
        {
            _password.Clear();
            DialogResult = DialogResult.OK;
            return;
        }
        _complaint.Text = answer.Value.ToString();
        _complaint.Visible = true;
        _complaint.AccessibleName = _complaint.Text;
        _password.Focus();
        _password.SelectAll();
    }

    private void ShowProgress(double share)
    {
        if (_attempt == null)
            return;
        _progress.Style = ProgressBarStyle.Continuous;
        _progress.Value = (int)(Math.Min(1, Math.Max(0, share)) * 100);
        _progressText.Text = TrayText.PasswordDialog.Progress.Format(_progress.Value).ToString();
        _progressText.AccessibleName = _progressText.Text;
    }

    private void SetBusy(bool value)
    {
        // Cancel stays enabled: it stops a long derivation.
        _export.Enabled = _password.Enabled = !value;
        _export.Text = value ? TrayText.PasswordDialog.Checking.ToString() : TrayText.PasswordDialog.Export.ToString();
        _progress.Visible = _progressText.Visible = value;
        _progress.Style = ProgressBarStyle.Marquee;
        _progressText.Text = "";
        UseWaitCursor = value;
    }
}
