using AltIdShell.Core.Text;

namespace AltIdShell.Core.Pkcs12;

/// <summary>What a front end may tell the user about how a .p12 was read, when the file was read but not as the standard has it.</summary>
public static class Pkcs12ReadingText
{
    /// <summary>Shown when <see cref="Pkcs12Contents.PasswordReadAsLatin1"/> is set.</summary>
    public static LocalizedText PasswordReadAsLatin1 { get; } = new(
        "Filens certifikater er krypteret med adgangskodens tegn i den gamle Latin-1-kodning i stedet for UTF-8, sådan som ældre Java-programmer gjorde. Filens adgangskodekontrol har bekræftet adgangskoden, og certifikatet er læst, men andre programmer kan afvise filen.",
        "The file's certificates are encrypted under the password's characters in the old Latin-1 encoding rather than UTF-8, as older Java programs did. The file's password check confirmed the password and the certificate was read, but other programs may refuse the file.");
}
