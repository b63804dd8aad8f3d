using System;
using System.Diagnostics;
using System.Security.Principal;
using System.Threading;
using AltIdShell.Desktop.Pipe;

namespace AltIdShell.Tray;

/// <summary>One tray per user and session (Windows only): a Local\ mutex decides, the pipe name goes with it.</summary>
internal sealed class SingleInstance : IDisposable
{
    private readonly Mutex mutex;

    private SingleInstance(Mutex mutex, bool isFirst, string pipeName)
    {
        this.mutex = mutex;
        IsFirst = isFirst;
        PipeName = pipeName;
    }

    public bool IsFirst { get; }
    public string PipeName { get; }

    public static SingleInstance Acquire()
    {
        var sid = WindowsIdentity.GetCurrent().User!.Value;
        var mutex = new Mutex(initiallyOwned: true, InstanceNames.Mutex(sid), out var createdNew);
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
        return new SingleInstance(mutex, createdNew, InstanceNames.Pipe(sid, Process.GetCurrentProcess().SessionId));
    }

    public void Dispose()
    {
        if (IsFirst)
            mutex.ReleaseMutex();
        mutex.Dispose();
    }
}
