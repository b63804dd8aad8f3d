namespace AltIdShell.Desktop.Launch;

/// <summary>
/// Who does a request: only the first start in a session, unelevated, becomes the resident tray. Every other start
/// forwards its request or does its one job and exits, so no second permanent tray and no resident elevated tray
/// ever appears, and a start that has nothing to do shows nothing.
/// </summary>
public static class StartPlan
{
    /// <param name="request">What this start was asked for.</param>
    /// <param name="isFirstInstance">This process holds the session's single-instance mutex (no tray runs).</param>
    /// <param name="isElevated">
    /// This process runs with an administrator token (started by a per-machine installer, "Run as administrator", an
    /// elevated program's file dialog): a tray that stayed would serve the user's later requests elevated.
    /// </param>
    public static StartAction For(LaunchRequest request, bool isFirstInstance, bool isElevated)
    {
        if (request.Kind == LaunchKind.Invalid)
            return request.TellsUser ? StartAction.TellUser : StartAction.Nothing;
        if (!isFirstInstance)
            return request.IsForwarded ? StartAction.Forward : StartAction.Nothing;
        if (request.Kind == LaunchKind.Exit)
            return StartAction.Nothing;
        if (!isElevated)
            return StartAction.BecomeTray;
        return request.Kind == LaunchKind.Background ? StartAction.Nothing : StartAction.DoOnceAndExit;
    }

    /// <summary>
    /// The running tray did not take the request (hung, exiting, or the pipe is not its own): an export is done here
    /// once rather than lost, and a check shown here; anything else is dropped silently.
    /// </summary>
    public static StartAction AfterFailedForward(LaunchRequest request) =>
        request.Kind is LaunchKind.Export or LaunchKind.Check ? StartAction.DoOnceAndExit : StartAction.Nothing;
}
