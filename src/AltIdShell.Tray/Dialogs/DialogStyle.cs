using System.Drawing;
using System.Windows.Forms;
using AltIdShell.Core.Text;

namespace AltIdShell.Tray.Dialogs;

/// <summary>
/// One look for every window: the system's message font, sizes in multiples of that font's height (so they grow
/// with DPI and text size), auto-sized layout panels instead of pixel positions, so Danish's longer words never clip.
/// </summary>
internal static class DialogStyle
{
    public static void Apply(Form form, string title)
    {
        form.Font = SystemFonts.MessageBoxFont;
        form.AutoScaleMode = AutoScaleMode.Dpi;
        form.Text = title;
        form.Icon = AppIcon.Large;
        form.StartPosition = FormStartPosition.CenterScreen;
        form.ShowInTaskbar = true;
        form.KeyPreview = true;
    }

    public static void MakeFixedDialog(Form form)
    {
        form.FormBorderStyle = FormBorderStyle.FixedDialog;
        form.MaximizeBox = false;
        form.MinimizeBox = false;
        form.AutoSize = true;
        form.AutoSizeMode = AutoSizeMode.GrowAndShrink;
    }

    /// <summary>
    /// A colour that repeats what the words say, for a glance; in high-contrast mode the system's text colour instead,
    /// which is the one the user chose to be able to read.
    /// </summary>
    public static Color Accent(Color colour) => SystemInformation.HighContrast ? SystemColors.ControlText : colour;

    /// <summary>
    /// Mono's TextRenderer cuts off what hangs below the baseline, so "SP_DEVTEST4_DEMOKLIENT" shows as "SP DEVTEST4
    /// DEMOKLIENT"; its GDI+ drawing does not. Windows draws with GDI, as Windows' own dialogs do.
    /// </summary>
    private static bool ClipsBelowBaseline => !TrayPlatform.IsWindows;

    /// <summary>Width at which text wraps, in font heights.</summary>
    public static int TextWidth(Control control, int fontHeights = 30) => control.Font.Height * fontHeights;

    public static Label Text(string text, Control measure, bool bold = false, int fontHeights = 30)
    {
        var label = new Label
        {
            Text = text,
            AutoSize = true,
            MaximumSize = new Size(TextWidth(measure, fontHeights), 0),
            Margin = new Padding(0, 3, 0, 3),
            UseMnemonic = false,
            UseCompatibleTextRendering = ClipsBelowBaseline,
        };
        if (bold)
            label.Font = new Font(measure.Font, FontStyle.Bold);
        return label;
    }

    public static Button Button(string text, DialogResult result = DialogResult.None)
    {
        return new Button
        {
            Text = text,
            DialogResult = result,
            AutoSize = true,
            AutoSizeMode = AutoSizeMode.GrowAndShrink,
            MinimumSize = new Size(88, 0),
            Padding = new Padding(6, 2, 6, 2),
            AccessibleName = text.Replace("&", ""),
        };
    }

    /// <summary>Buttons at the bottom right, first button first in tab order, as Windows dialogs have them.</summary>
    public static FlowLayoutPanel ButtonRow(params Button[] buttons)
    {
        var row = new FlowLayoutPanel
        {
            FlowDirection = FlowDirection.RightToLeft,
            AutoSize = true,
            AutoSizeMode = AutoSizeMode.GrowAndShrink,
            Dock = DockStyle.Fill,
            Margin = new Padding(0, 12, 0, 0),
            WrapContents = false,
        };
        for (var i = buttons.Length - 1; i >= 0; i--)
            row.Controls.Add(buttons[i]);
        for (var i = 0; i < buttons.Length; i++)
            buttons[i].TabIndex = i;
        return row;
    }

    public static TableLayoutPanel Table(int columns)
    {
        var table = new TableLayoutPanel
        {
            ColumnCount = columns,
            AutoSize = true,
            AutoSizeMode = AutoSizeMode.GrowAndShrink,
            Dock = DockStyle.Fill,
            Padding = new Padding(14, 12, 14, 12),
        };
        for (var i = 0; i < columns; i++)
            table.ColumnStyles.Add(new ColumnStyle(SizeType.AutoSize));
        return table;
    }

    /// <summary>
    /// Each column as wide as its header or widest cell. Measured here rather than by ListView's auto-resize, which
    /// does nothing before the window has a handle (and differs under Mono).
    /// </summary>
    /// <summary>
    /// The line a window says what just happened on, read out by screen readers as a status bar. It wraps rather than
    /// pushing the buttons beside it out of the window: a message may name a long file.
    /// </summary>
    public static Label StatusLabel(Control measure) => new()
    {
        AutoSize = true,
        UseCompatibleTextRendering = ClipsBelowBaseline,
        MaximumSize = new Size(measure.Font.Height * 28, 0),
        Anchor = AnchorStyles.Left,
        UseMnemonic = false,
        AccessibleRole = AccessibleRole.StatusBar,
    };

    /// <summary>"Close", which Esc presses too.</summary>
    public static Button CloseButton(Form form, LocalizedText text, int tabIndex)
    {
        var close = Button(text.ToString());
        close.Click += (_, _) => form.Close();
        close.TabIndex = tabIndex;
        form.CancelButton = close;
        return close;
    }

    /// <summary>A list of rows with columns: one whole row selected at a time, still shown when the list loses focus.</summary>
    public static ListView DetailsList(LocalizedText accessibleName, System.Collections.Generic.IEnumerable<LocalizedText> columns)
    {
        var list = new ListView
        {
            View = View.Details,
            FullRowSelect = true,
            MultiSelect = false,
            HideSelection = false,
            // A cell cut short at the window's edge shows its whole text on hover.
            ShowItemToolTips = true,
            Dock = DockStyle.Fill,
            AccessibleName = accessibleName.ToString(),
            TabIndex = 0,
        };
        foreach (var column in columns)
            list.Columns.Add(column.ToString());
        return list;
    }

    /// <summary>
    /// Each column as wide as its widest text; <paramref name="fill"/>, if given, gets the width the others leave
    /// (at least its heading's), so the list needs no horizontal scroll bar.
    /// </summary>
    public static void FitColumns(ListView list, ColumnHeader? fill = null)
    {
        var padding = list.Font.Height;
        var others = 0;
        for (var i = 0; i < list.Columns.Count; i++)
        {
            var width = TextRenderer.MeasureText(list.Columns[i].Text, list.Font).Width;
            if (list.Columns[i] != fill)
            {
                foreach (ListViewItem item in list.Items)
                {
                    if (i < item.SubItems.Count)
                        width = System.Math.Max(width, TextRenderer.MeasureText(item.SubItems[i].Text, list.Font).Width);
                }
                others += width + padding;
            }
            list.Columns[i].Width = width + padding;
        }
        if (fill != null)
            fill.Width = System.Math.Max(fill.Width, list.ClientSize.Width - others - SystemInformation.VerticalScrollBarWidth);
    }
}
