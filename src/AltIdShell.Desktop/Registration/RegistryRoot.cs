namespace AltIdShell.Desktop.Registration;

/// <summary>The hive an entry is written to; always the 64-bit view on 64-bit Windows.</summary>
public enum RegistryRoot
{
    CurrentUser,
    LocalMachine,
}
