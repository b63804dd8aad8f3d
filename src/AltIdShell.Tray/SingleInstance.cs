using System;
using System.Diagnostics;
using System.Security.AccessControl;
using System.Security.Principal;
using System.Threading;
using AltIdShell.Desktop.Pipe;

namespace AltIdShell.Tray;

/// <summary>One tray per user and session (Windows only): a Local\ mutex decides, the pipe name goes with it.</summary>
internal sealed class SingleInstance : IDisposable
{
    private Mutex? _mutex;

    private SingleInstance(Mutex? mutex, bool isFirst, string pipeName)
    {
        _mutex = mutex;
        IsFirst = isFirst;
        PipeName = pipeName;
    }

    public bool IsFirst { get; private set; }
    public string PipeName { get; }

    /// <summary>The pipe of this user's tray in this session, for a start that must not take the session (a COM start).</summary>
    public static string PipeNameOfThisSession() => InstanceNames.Pipe(WindowsIdentity.GetCurrent().User!.Value, Process.GetCurrentProcess().SessionId);

    public static SingleInstance Acquire()
    {
        var user = WindowsIdentity.GetCurrent().User!;
        var pipeName = PipeNameOfThisSession();
        // Explicit: a mutex created by an elevated start would otherwise carry the elevated token's default DACL
        // (administrators and SYSTEM), and every later normal start would be refused it.
        var security = new MutexSecurity();
        security.AddAccessRule(new MutexAccessRule(user, MutexRights.FullControl, AccessControlType.Allow));
        Mutex mutex;
        bool createdNew;
        try
        {
            mutex = new Mutex(initiallyOwned: true, InstanceNames.Mutex(user.Value), out createdNew, security);
        }
        catch (UnauthorizedAccessException)
        {
            // A mutex of that name we may not open: created elevated by an older version, or by someone else. Either
            // way another instance holds the session; the pipe client finds out whether it is ours.
            return new SingleInstance(null, isFirst: false, pipeName);
        }
        if (!createdNew)
        {
            try
            {
                // A tray that exited without releasing leaves the mutex abandoned, not held: take it over.
                createdNew = mutex.WaitOne(0);
            }
            catch (AbandonedMutexException)
            {
                createdNew = true;
            }
        }
        return new SingleInstance(mutex, createdNew, pipeName);
    }

    /// <summary>Gives the session back before this process does anything long: it is not going to be the tray.</summary>
    public void Release()
    {
        if (IsFirst)
            _mutex?.ReleaseMutex();
        IsFirst = false;
        _mutex?.Dispose();
        _mutex = null;
    }

    public void Dispose() => Release();
}
