using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace AltIdShell.Tray.WinRt;

/// <summary>
/// The few ways the tray reaches WinRT without a projection: a class's activation factory, a new instance, another
/// interface of an object, an HSTRING's text, and a thread in the multithreaded apartment to do it on. Every pointer
/// taken goes into the caller's <see cref="PointerBag"/>.
/// </summary>
internal static class WinRtObjects
{
    /// <summary>The class's factory interface <typeparamref name="T"/> (the IID is the interface's).</summary>
    public static T Factory<T>(string className, PointerBag pointers)
    {
        var iid = typeof(T).GUID;
        using var name = new HString(className);
        Marshal.ThrowExceptionForHR(NativeMethods.RoGetActivationFactory(name.Handle, ref iid, out var factory));
        return (T)Marshal.GetObjectForIUnknown(pointers.Add(factory));
    }

    /// <summary>A new instance of the class, as its IInspectable pointer.</summary>
    public static IntPtr Activate(string className, PointerBag pointers)
    {
        using var name = new HString(className);
        Marshal.ThrowExceptionForHR(NativeMethods.RoActivateInstance(name.Handle, out var instance));
        return pointers.Add(instance);
    }

    /// <summary>The object's <typeparamref name="T"/> interface pointer, to pass where WinRT expects exactly that interface.</summary>
    public static IntPtr Interface<T>(IntPtr instance, PointerBag pointers)
    {
        var iid = typeof(T).GUID;
        Marshal.ThrowExceptionForHR(Marshal.QueryInterface(instance, ref iid, out var result));
        return pointers.Add(result);
    }

    public static T As<T>(IntPtr instance) => (T)Marshal.GetObjectForIUnknown(instance);

    /// <summary>The text of an HSTRING WinRT handed out, which this frees.</summary>
    public static string TakeString(IntPtr hstring)
    {
        try
        {
            var buffer = NativeMethods.WindowsGetStringRawBuffer(hstring, out var length);
            return buffer == IntPtr.Zero ? "" : Marshal.PtrToStringUni(buffer, (int)length);
        }
        finally
        {
            if (hstring != IntPtr.Zero)
                NativeMethods.WindowsDeleteString(hstring);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a thread of its own in the multithreaded apartment (WinRT needs one, which the
    /// tray's UI thread is not) and waits for it at most <paramref name="patience"/>; <paramref name="late"/> otherwise.
    /// </summary>
    public static T OnMtaThread<T>(string name, Func<T> work, TimeSpan patience, T late)
    {
        var result = late;
        var thread = new Thread(() => result = work()) { IsBackground = true, Name = name };
        thread.SetApartmentState(ApartmentState.MTA);
        thread.Start();
        return thread.Join(patience) ? result : late;
    }
}
