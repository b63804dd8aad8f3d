namespace AltIdShell.Core.Certificates;

/// <summary>The one answer every front end shows first.</summary>
public enum VerdictKind
{
    /// <summary>For the AltID recipient register in production.</summary>
    Suitable,
    /// <summary>A verified OCES3 test certificate: for the register's test environment only.</summary>
    TestOnly,
    Unsuitable,
}
