using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using AltIdShell.Desktop.Activation;

namespace AltIdShell.Desktop.Notifications;

/// <summary>
/// The toast the tray hands to Windows' ToastNotificationManager. Organisation and certificate names come from the
/// certificate, i.e. from whoever made the file, so every text goes through XmlWriter's escaping and is cut to length.
/// </summary>
public static class ToastXml
{
    /// <summary>Longer texts are cut: a toast shows a few lines anyway, and Windows refuses very large payloads.</summary>
    public const int MaxTextLength = 200;
    public const int MaxReasons = 3;

    public static string Build(ExportNotification notification)
    {
        var openFolder = ActivationUri.Build(ActivationAction.OpenFolder, notification.OutputPath);
        var copyPath = ActivationUri.Build(ActivationAction.CopyPath, notification.OutputPath);
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriter(text), new XmlWriterSettings { OmitXmlDeclaration = true, CheckCharacters = false }))
        {
            xml.WriteStartElement("toast");
            xml.WriteAttributeString("activationType", "protocol");
            xml.WriteAttributeString("launch", openFolder);
            xml.WriteStartElement("visual");
            xml.WriteStartElement("binding");
            xml.WriteAttributeString("template", "ToastGeneric");
            // ToastGeneric shows three top-level texts: the title, the verdict, then who and until when.
            Text(xml, notification.Title);
            Text(xml, notification.Verdict);
            Text(xml, string.Join("\n", notification.Lines));
            foreach (var reason in notification.Reasons.Take(MaxReasons))
            {
                xml.WriteStartElement("group");
                xml.WriteStartElement("subgroup");
                xml.WriteStartElement("text");
                xml.WriteAttributeString("hint-style", "captionSubtle");
                xml.WriteAttributeString("hint-wrap", "true");
                xml.WriteString(Cut(reason));
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("actions");
            Action(xml, notification.OpenFolderLabel, openFolder);
            Action(xml, notification.CopyPathLabel, copyPath);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return text.ToString();
    }

    /// <summary>A renewal reminder: its sentence, a button to the register and one to stop reminding.</summary>
    public static string Build(RenewalNotification notification)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriter(text), new XmlWriterSettings { OmitXmlDeclaration = true, CheckCharacters = false }))
        {
            xml.WriteStartElement("toast");
            xml.WriteAttributeString("activationType", "protocol");
            xml.WriteAttributeString("launch", AltIdRegister.Address);
            xml.WriteStartElement("visual");
            xml.WriteStartElement("binding");
            xml.WriteAttributeString("template", "ToastGeneric");
            Text(xml, notification.Title);
            Text(xml, notification.Text);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("actions");
            Action(xml, notification.OpenRegisterLabel, AltIdRegister.Address);
            Action(xml, notification.StopLabel, notification.StopUri);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return text.ToString();
    }

    /// <summary>Cuts to <see cref="MaxTextLength"/> and drops characters XML 1.0 cannot carry, which a certificate may hold.</summary>
    public static string Cut(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                clean.Append(c).Append(text[++i]);
            else if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !char.IsSurrogate(c)))
                clean.Append(c);
        }
        if (clean.Length <= MaxTextLength)
            return clean.ToString();
        var cut = MaxTextLength - 1;
        if (char.IsHighSurrogate(clean[cut - 1]))
            cut--;
        return clean.ToString(0, cut) + "…";
    }

    private static void Text(XmlWriter xml, string value) => xml.WriteElementString("text", Cut(value));

    private static void Action(XmlWriter xml, string label, string uri)
    {
        xml.WriteStartElement("action");
        xml.WriteAttributeString("content", Cut(label));
        xml.WriteAttributeString("activationType", "protocol");
        xml.WriteAttributeString("arguments", uri);
        xml.WriteEndElement();
    }
}
