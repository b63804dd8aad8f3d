namespace AltIdShell.TestSupport;

/// <summary>The six real OCES test certificates in ../shared/fixtures/real-oces.</summary>
public sealed record RealFixture(string FileName)
{
    public static readonly RealFixture OrganisationPbes2 = new("oces3_org_digst_oiosamlnet_serviceprovider_2026.p12");
    public static readonly RealFixture KombitSystem = new("oces3_sys_kombit_SP_DEVTEST4_DEMOKLIENT_2026.p12");
    public static readonly RealFixture Employee = new("oces3_employee_kit_MOCES_cpr_gyldig.p12");
    public static readonly RealFixture OrganisationTripleDes = new("oces3_org_digst_OIOIDWS_WSC_3DES.p12");
    public static readonly RealFixture Oces2Function = new("oces2_foces_sealjava_FOCES_gyldig.p12");
    public static readonly RealFixture Oces2EmployeeLeafOnly = new("oces2_moces_kit_test-moces_leafonly.pfx");

    public static IReadOnlyList<RealFixture> All { get; } = new[]
    {
        OrganisationPbes2, KombitSystem, Employee, OrganisationTripleDes, Oces2Function, Oces2EmployeeLeafOnly,
    };

    public string Password => RealFixturePasswords.For(FileName);

    /// <summary>Full path, or null where ../shared is not beside the checkout.</summary>
    public string? Path => Fixtures.RealOcesDirectory is { } dir ? System.IO.Path.Combine(dir, FileName) : null;

    public override string ToString() => FileName;
}
