namespace AltIdShell.Core.Export;

/// <summary>How the .cer is encoded. DER is what the AltID guide asks for; PEM (Base64) on request.</summary>
public enum CerFormat
{
    Der,
    Pem,
}
