using System;

namespace AltIdShell.ContextMenu.MonoHarness;

/// <summary>Named checks, each printed as ok or FAILED, and the closing count line tests/run-all.sh sums.</summary>
internal abstract class CheckList
{
    private int _passed;
    private int _failed;

    protected void Check(string name, Func<bool> check)
    {
        bool ok;
        try
        {
            ok = check();
        }
        catch (Exception exception)
        {
            Console.WriteLine($"  {exception.GetBaseException().GetType().Name}: {exception.GetBaseException().Message}");
            ok = false;
        }
        Console.WriteLine((ok ? "ok: " : "FAILED: ") + name);
        if (ok) _passed++; else _failed++;
    }

    protected int Summary(string stage)
    {
        Console.WriteLine($"{stage}: {_passed} passed, {_failed} failed");
        return _failed == 0 ? 0 : 1;
    }
}
