using System;
using System.Runtime.InteropServices;
using System.Threading;
using AltIdShell.Desktop.Notifications;
using AltIdShell.Shared;

namespace AltIdShell.Tray.WinRt;

/// <summary>
/// Shows a toast through Windows.UI.Notifications under our AppUserModelID. Never throws: says whether toasts are
/// off (by the user or policy) or unavailable (older Windows, no identity, no answer in time); the caller falls back.
/// </summary>
internal static class ToastSender
{
    private static readonly Guid IidStatics = typeof(IToastNotificationManagerStatics).GUID;
    private static readonly Guid IidFactory = typeof(IToastNotificationFactory).GUID;
    private static readonly Guid IidXmlDocument = new("F7F3A506-1E87-42D6-BCFB-B8C809FA5494");

    public static ToastOutcome Show(string toastXml)
    {
        if (!TrayPlatform.IsWindows)
            return ToastOutcome.Unavailable;
        // On a thread of its own: WinRT needs a COM apartment (the CLR joins an MTA thread to it at start), and a busy
        // notification platform may block, which the tray's UI thread must not.
        var outcome = ToastOutcome.Unavailable;
        var thread = new Thread(() => outcome = ShowOnThisThread(toastXml)) { IsBackground = true, Name = "AltIdShell toast" };
        thread.SetApartmentState(ApartmentState.MTA);
        thread.Start();
        return thread.Join(TimeSpan.FromSeconds(3)) ? outcome : ToastOutcome.Unavailable;
    }

    private static ToastOutcome ShowOnThisThread(string toastXml)
    {
        var pointers = new PointerBag();
        try
        {
            IntPtr document;
            using (var className = new HString("Windows.Data.Xml.Dom.XmlDocument"))
                Marshal.ThrowExceptionForHR(NativeMethods.RoActivateInstance(className.Handle, out document));
            pointers.Add(document);
            var io = (IXmlDocumentIO)Marshal.GetObjectForIUnknown(document);
            using (var xml = new HString(toastXml))
                Marshal.ThrowExceptionForHR(io.LoadXml(xml.Handle));
            var iidXmlDocument = IidXmlDocument;
            Marshal.ThrowExceptionForHR(Marshal.QueryInterface(document, ref iidXmlDocument, out var xmlDocument));
            pointers.Add(xmlDocument);

            var factory = (IToastNotificationFactory)Factory("Windows.UI.Notifications.ToastNotification", IidFactory, pointers);
            Marshal.ThrowExceptionForHR(factory.CreateToastNotification(xmlDocument, out var toast));
            pointers.Add(toast);

            var statics = (IToastNotificationManagerStatics)Factory("Windows.UI.Notifications.ToastNotificationManager", IidStatics, pointers);
            IntPtr notifierPointer;
            using (var appId = new HString(ProductIdentity.AppUserModelId))
                Marshal.ThrowExceptionForHR(statics.CreateToastNotifierWithId(appId.Handle, out notifierPointer));
            pointers.Add(notifierPointer);
            var notifier = (IToastNotifier)Marshal.GetObjectForIUnknown(notifierPointer);
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
        finally
        {
            pointers.ReleaseAll();
        }
    }

    private static object Factory(string className, Guid iid, PointerBag pointers)
    {
        using var name = new HString(className);
        Marshal.ThrowExceptionForHR(NativeMethods.RoGetActivationFactory(name.Handle, ref iid, out var factory));
        pointers.Add(factory);
        return Marshal.GetObjectForIUnknown(factory);
    }

    /// <summary>Raw COM pointers taken during one toast, released together.</summary>
    private sealed class PointerBag
    {
        private readonly System.Collections.Generic.List<IntPtr> _pointers = new();

        public void Add(IntPtr pointer) => _pointers.Add(pointer);

        public void ReleaseAll()
        {
            foreach (var pointer in _pointers)
            {
                if (pointer != IntPtr.Zero)
                    Marshal.Release(pointer);
            }
            _pointers.Clear();
        }
    }
}
