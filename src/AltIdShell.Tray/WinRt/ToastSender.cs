using System;
using System.Runtime.InteropServices;
using AltIdShell.Desktop.Notifications;
using AltIdShell.Shared;

namespace AltIdShell.Tray.WinRt;

/// <summary>
/// Shows a toast through Windows.UI.Notifications: under the package's own AppUserModelID when the tray runs with the
/// sparse package's identity (Windows drops a toast such a process sends under any other id, and Show still reports
/// success), else under ours. Never throws: says whether toasts are off (by the user or policy) or unavailable (older
/// Windows, no identity, no answer in time); the caller falls back.
/// </summary>
internal static class ToastSender
{
    private static readonly Guid IidXmlDocument = new("F7F3A506-1E87-42D6-BCFB-B8C809FA5494");

    // On a thread of its own: a busy notification platform may block, which the tray's UI thread must not.
    public static ToastOutcome Show(string toastXml) =>
        TrayPlatform.IsWindows
            ? WinRtObjects.OnMtaThread("AltIdShell toast", () => ShowOnThisThread(toastXml), TimeSpan.FromSeconds(3), ToastOutcome.Unavailable)
            : ToastOutcome.Unavailable;

    private static ToastOutcome ShowOnThisThread(string toastXml)
    {
        using var pointers = new PointerBag();
        try
        {
            var document = WinRtObjects.Activate("Windows.Data.Xml.Dom.XmlDocument", pointers);
            var io = WinRtObjects.As<IXmlDocumentIO>(document);
            using (var xml = new HString(toastXml))
                Marshal.ThrowExceptionForHR(io.LoadXml(xml.Handle));
            var iidXmlDocument = IidXmlDocument;
            Marshal.ThrowExceptionForHR(Marshal.QueryInterface(document, ref iidXmlDocument, out var xmlDocument));
            pointers.Add(xmlDocument);

            var factory = WinRtObjects.Factory<IToastNotificationFactory>("Windows.UI.Notifications.ToastNotification", pointers);
            Marshal.ThrowExceptionForHR(factory.CreateToastNotification(xmlDocument, out var toast));
            pointers.Add(toast);

            var statics = WinRtObjects.Factory<IToastNotificationManagerStatics>("Windows.UI.Notifications.ToastNotificationManager", pointers);
            IntPtr notifierPointer;
            if (PackageIdentity.IsPackaged)
            {
                Marshal.ThrowExceptionForHR(statics.CreateToastNotifier(out notifierPointer));
            }
            else
            {
                using var appId = new HString(ProductIdentity.AppUserModelId);
                Marshal.ThrowExceptionForHR(statics.CreateToastNotifierWithId(appId.Handle, out notifierPointer));
            }
            pointers.Add(notifierPointer);
            var notifier = WinRtObjects.As<IToastNotifier>(notifierPointer);
            if (notifier.GetSetting(out var setting) < 0)
                return ToastOutcome.Unavailable;
            if (setting != NotificationSetting.Enabled)
                return ToastOutcome.Disabled;
            return notifier.Show(toast) >= 0 ? ToastOutcome.Shown : ToastOutcome.Unavailable;
        }
        catch (Exception e)
        {
            // Any failure on this thread would end the process (it is not the UI thread): logged, and the caller falls back.
            TrayLog.Fault("toast", e);
            return ToastOutcome.Unavailable;
        }
    }
}
