using System;

namespace AltIdShell.Shared;

/// <summary>The HRESULTs our COM methods return: the classic handler's in Explorer and the tray's Windows 11 verb.</summary>
internal static class HResult
{
    public const int Ok = 0;
    public const int NotImplemented = unchecked((int)0x80004001);
    public const int Pointer = unchecked((int)0x80004003);
    public const int Fail = unchecked((int)0x80004005);
    public const int InvalidArgument = unchecked((int)0x80070057);
    public const int InsufficientBuffer = unchecked((int)0x8007007A);

    /// <summary>MAKE_HRESULT(SEVERITY_SUCCESS, 0, code): how QueryContextMenu reports the number of ids it used.</summary>
    public static int Success(ushort code) => code;

    /// <summary>An exception's own failure code when it has one, so Explorer's logs say what went wrong.</summary>
    public static int From(Exception exception) => exception.HResult < 0 ? exception.HResult : Fail;
}
