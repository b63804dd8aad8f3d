namespace AltIdShell.Desktop.Registration;

/// <summary>One string value in the registry. <see cref="Name"/> is null for the key's default value.</summary>
public sealed record RegistryEntry(RegistrationPart Part, RegistryRoot Root, string Key, string? Name, string Value)
{
    public string RootName => Root == RegistryRoot.CurrentUser ? "HKEY_CURRENT_USER" : "HKEY_LOCAL_MACHINE";

    public override string ToString() => $@"{RootName}\{Key} [{Name ?? "(default)"}] = {Value}";
}
