using System.IO.Pipes;
using System.Security.AccessControl;
using System.Security.Principal;

namespace AltIdShell.Shared;

/// <summary>
/// The access list of both our pipes, the tray's and the handler's hand-over: the current user's SID only, network
/// logons denied (pipe names are reachable over SMB), nothing inherited, not the creating process's default DACL (an
/// elevated creator's admits administrators only). Compiled into the handler and the tray only (.NET Framework): the
/// netstandard2.0 libraries have no pipe ACLs.
/// </summary>
internal static class UserOnlyPipe
{
    public static PipeSecurity Security(PipeAccessRights rights)
    {
        var security = new PipeSecurity();
        security.SetAccessRuleProtection(isProtected: true, preserveInheritance: false);
        security.AddAccessRule(new PipeAccessRule(WindowsIdentity.GetCurrent().User!, rights, AccessControlType.Allow));
        security.AddAccessRule(new PipeAccessRule(new SecurityIdentifier(WellKnownSidType.NetworkSid, null), PipeAccessRights.FullControl, AccessControlType.Deny));
        return security;
    }
}
