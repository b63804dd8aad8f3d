using System;
using System.Runtime.InteropServices;

namespace AltIdShell.Cli.Input;

/// <summary>
/// Keeps a Linux terminal from echoing for as long as a password is typed. .NET turns echo off only while each
/// Console.ReadKey runs, so keys that arrive between two calls (fast typing, a pasted password) would be shown by the
/// terminal itself. Elsewhere nothing to do: Windows' console does not echo keys ReadKey intercepts.
/// </summary>
internal sealed class TerminalEcho : IDisposable
{
    private const int StandardInput = 0;
    private const int TcsaNow = 0;
    private const uint Echo = 0x8;
    // struct termios on Linux (glibc and musl, every architecture .NET runs on): four tcflag_t (uint32), c_line,
    // c_cc[32], then the speeds: 60 bytes, c_lflag at offset 12.
    private const int TermiosSize = 60;
    private const int LocalFlagsOffset = 12;

    private readonly byte[]? _saved;

    private TerminalEcho(byte[]? saved) => _saved = saved;

    public static TerminalEcho Off()
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            return new TerminalEcho(null);
        // First let .NET set the terminal up for reading, so that what it restores at exit is the user's own setting.
        _ = Console.KeyAvailable;
        var saved = new byte[TermiosSize];
        if (tcgetattr(StandardInput, saved) != 0)
            return new TerminalEcho(null);
        var quiet = (byte[])saved.Clone();
        var flags = BitConverter.ToUInt32(quiet, LocalFlagsOffset) & ~Echo;
        BitConverter.GetBytes(flags).CopyTo(quiet, LocalFlagsOffset);
        return tcsetattr(StandardInput, TcsaNow, quiet) == 0 ? new TerminalEcho(saved) : new TerminalEcho(null);
    }

    public void Dispose()
    {
        if (_saved != null)
            _ = tcsetattr(StandardInput, TcsaNow, _saved);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int tcgetattr(int fd, byte[] termios);

    [DllImport("libc", SetLastError = true)]
    private static extern int tcsetattr(int fd, int optionalActions, byte[] termios);
}
