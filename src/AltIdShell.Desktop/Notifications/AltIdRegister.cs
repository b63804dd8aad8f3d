namespace AltIdShell.Desktop.Notifications;

/// <summary>The AltID recipient register, where the .cer is uploaded (reference/oces3.md).</summary>
public static class AltIdRegister
{
    public const string Address = "https://modtager.tegnebog.dk/";
}
