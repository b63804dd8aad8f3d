using System;

namespace AltIdShell.Desktop.Pipe;

/// <summary>
/// Whether a later start may send its request (the paths) and foreground rights to the process that holds the tray's
/// pipe. The name is predictable and the pipe namespace machine-wide, so anything could have created it first: only a
/// server of the same user, not in an AppContainer, at the client's integrity level or above counts as the tray. A
/// low-integrity process of the same user (a sandboxed browser's renderer, say) that takes the name gets nothing.
/// </summary>
public static class PipeServerTrust
{
    public static bool Accepts(ProcessTokenFacts server, ProcessTokenFacts client) =>
        !string.IsNullOrEmpty(server.UserSid)
        && string.Equals(server.UserSid, client.UserSid, StringComparison.OrdinalIgnoreCase)
        && !server.IsAppContainer
        && server.IntegrityLevel >= client.IntegrityLevel;
}

/// <summary>What <see cref="PipeServerTrust"/> compares of a process's token.</summary>
/// <param name="UserSid">The token's user, as S-1-5-…</param>
/// <param name="IntegrityLevel">The relative id of the token's mandatory label: 0x1000 low, 0x2000 medium, 0x3000 high.</param>
/// <param name="IsAppContainer">Whether the token belongs to an AppContainer.</param>
public sealed record ProcessTokenFacts(string? UserSid, int IntegrityLevel, bool IsAppContainer);
