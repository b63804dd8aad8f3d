namespace AltIdShell.Core.Store;

/// <summary>Whose personal ("My") certificate store: the user's own, or the machine's, where IT deploys certificates.</summary>
public enum CertificateStoreLocation
{
    CurrentUser,
    LocalMachine,
}
