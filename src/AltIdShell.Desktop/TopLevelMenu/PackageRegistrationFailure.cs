using System.Globalization;

namespace AltIdShell.Desktop.TopLevelMenu;

/// <summary>Why Windows refused to register the sparse package, as far as a person can act on it.</summary>
public enum PackageRegistrationProblem
{
    /// <summary>The signing certificate does not chain to a root this machine or user trusts, or the signature is missing or bad.</summary>
    NotTrusted,
    /// <summary>A policy forbids it: sideloading off, "prevent non-admin users from installing packaged apps", AppLocker/WDAC, a special profile.</summary>
    BlockedByPolicy,
    /// <summary>This Windows lacks the API or the package's prerequisites (the tray registers on Windows 11 only, so rare).</summary>
    NotSupported,
    /// <summary>Anything else: said with the code Windows gave.</summary>
    Other,
}

/// <summary>
/// Windows' answer to the package registration (the HRESULT of PackageManager's deployment operation, or of the call
/// that could not start it) as one plain sentence for the user. Codes from winerror.h: CERT_E_*/TRUST_E_* for trust,
/// the deployment errors ERROR_INSTALL_POLICY_FAILURE (15615), ERROR_DEPLOYMENT_BLOCKED_BY_POLICY (15617) and the
/// other deployment policy codes, E_NOINTERFACE/REGDB_E_CLASSNOTREG when the API is missing.
/// </summary>
public static class PackageRegistrationFailure
{
    public static PackageRegistrationProblem Classify(int hresult) => unchecked((uint)hresult) switch
    {
        0x800B0109 // CERT_E_UNTRUSTEDROOT
            or 0x800B010A // CERT_E_CHAINING
            or 0x800B0100 // TRUST_E_NOSIGNATURE
            or 0x800B0101 // CERT_E_EXPIRED
            or 0x800B0004 // TRUST_E_SUBJECT_NOT_TRUSTED
            or 0x800B0111 // CERT_E_WRONG_USAGE
            or 0x80096010 // TRUST_E_BAD_DIGEST
            => PackageRegistrationProblem.NotTrusted,
        0x80073CFF // ERROR_INSTALL_POLICY_FAILURE
            or 0x80073D01 // ERROR_DEPLOYMENT_BLOCKED_BY_POLICY
            or 0x80073D21 // ERROR_DEPLOYMENT_BLOCKED_BY_VOLUME_POLICY_PACKAGE
            or 0x80073D23 // ERROR_DEPLOYMENT_BLOCKED_BY_PROFILE_POLICY
            or 0x800704EC // ERROR_ACCESS_DISABLED_BY_POLICY
            or 0x80070005 // E_ACCESSDENIED
            => PackageRegistrationProblem.BlockedByPolicy,
        0x80004002 // E_NOINTERFACE: no IPackageManager9 (before Windows 10 2004)
            or 0x80040154 // REGDB_E_CLASSNOTREG
            or 0x80073CFD // ERROR_INSTALL_PREREQUISITE_FAILED
            or 0x8007047E // ERROR_OLD_WIN_VERSION
            => PackageRegistrationProblem.NotSupported,
        _ => PackageRegistrationProblem.Other,
    };

    /// <summary>The sentence the user reads once per version; the classic item stays, and the sentence says where.</summary>
    public static string Sentence(int hresult, CultureInfo culture) => Classify(hresult) switch
    {
        PackageRegistrationProblem.NotTrusted => PackageRegistrationText.NotTrusted.For(culture),
        PackageRegistrationProblem.BlockedByPolicy => PackageRegistrationText.BlockedByPolicy.For(culture),
        PackageRegistrationProblem.NotSupported => PackageRegistrationText.NotSupported.For(culture),
        _ => PackageRegistrationText.Other.Format("0x" + unchecked((uint)hresult).ToString("X8", CultureInfo.InvariantCulture)).For(culture),
    };
}
