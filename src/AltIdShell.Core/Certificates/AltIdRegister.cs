namespace AltIdShell.Core.Certificates;

/// <summary>Which AltID recipient register the certificate is meant for.</summary>
public enum AltIdRegister
{
    Production,
    Test,
}
