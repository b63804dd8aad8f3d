using System;

namespace AltIdShell.Desktop.Pipe;

/// <summary>
/// Names of the single-instance mutex and the pipe. Both carry the user's SID: the mutex is already per session
/// (Local\), the pipe namespace is per machine, so its name adds the session id too.
/// </summary>
public static class InstanceNames
{
    public static string Mutex(string userSid) => @"Local\AltIdShell.Tray." + Checked(userSid);

    public static string Pipe(string userSid, int sessionId) => "AltIdShell.Tray." + Checked(userSid) + "." + sessionId;

    private static string Checked(string userSid)
    {
        foreach (var c in userSid)
        {
            if (!(char.IsLetterOrDigit(c) || c == '-'))
                throw new ArgumentException("not a SID: " + userSid, nameof(userSid));
        }
        return userSid.Length == 0 ? throw new ArgumentException("empty SID", nameof(userSid)) : userSid;
    }
}
