namespace AltIdShell.Core.Certificates;

/// <summary>How much a reason weighs in the verdict.</summary>
public enum WarningSeverity
{
    /// <summary>The certificate suits no AltID register.</summary>
    Blocking,
    /// <summary>Decides which register: a test certificate suits only the test register.</summary>
    Register,
    /// <summary>Worth knowing; the verdict stands.</summary>
    Caution,
}
