namespace AltIdShell.Core.Certificates;

/// <summary>What kind of certificate this is, as the AltID recipient register cares (reference/oces3.md).</summary>
public enum CertificateKind
{
    /// <summary>MitID Erhverv organisation or system certificate: what AltID asks for.</summary>
    Oces3OrganisationOrSystem,
    /// <summary>MitID Erhverv employee certificate (a person's).</summary>
    Oces3Employee,
    /// <summary>Retired TRUST2408-era certificate.</summary>
    Oces2,
    /// <summary>Retired TDC-era certificate, older still.</summary>
    Oces1,
    /// <summary>Not an OCES certificate, or one whose OCES3 issuer does not verify.</summary>
    Other,
}

/// <summary>Which OCES environment issued the certificate.</summary>
public enum CertificateEnvironment
{
    Production,
    Test,
    /// <summary>Not issued by a known OCES CA.</summary>
    Unknown,
}

/// <summary>The certificate's validity at the moment it was described.</summary>
public enum ValidityState
{
    Valid,
    ExpiresSoon,
    Expired,
    NotYetValid,
}
