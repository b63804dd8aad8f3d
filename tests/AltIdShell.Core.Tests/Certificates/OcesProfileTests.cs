using AltIdShell.Core.Certificates;

namespace AltIdShell.Core.Tests.Certificates;

public sealed class OcesProfileTests
{
    private static DistinguishedName Name(params (string Oid, string Value)[] attributes) =>
        new(attributes.Select(a => new KeyValuePair<string, string>(a.Oid, a.Value)).ToList());

    private static DistinguishedName Oces3Issuer(string? ou) => ou is null
        ? Name(("2.5.4.6", "DK"), ("2.5.4.10", "Den Danske Stat"), ("2.5.4.3", "Den Danske Stat OCES udstedende-CA 1"))
        : Name(("2.5.4.6", "DK"), ("2.5.4.10", "Den Danske Stat"), ("2.5.4.11", ou), ("2.5.4.3", "Den Danske Stat OCES udstedende-CA 1"));

    private static readonly DistinguishedName SystemSubject = Name(("2.5.4.6", "DK"), ("2.5.4.97", "NTRDK-19435075"),
        ("2.5.4.10", "KOMBIT Testorganisation"), ("2.5.4.5", "UI:DK-O:G:aa"), ("2.5.4.3", "SP_DEMO"));

    [Theory]
    [InlineData(null, CertificateEnvironment.Production)]
    [InlineData("Test - cti", CertificateEnvironment.Test)]
    [InlineData("Test - st", CertificateEnvironment.Test)]
    public void OCES3_test_and_production_differ_only_in_the_issuers_OU(string? ou, CertificateEnvironment environment)
    {
        var (kind, env) = OcesProfile.Classify(Oces3Issuer(ou), SystemSubject, Array.Empty<string>());

        Assert.Equal(CertificateKind.Oces3OrganisationOrSystem, kind);
        Assert.Equal(environment, env);
    }

    [Fact]
    public void A_future_issuing_CA_number_is_still_OCES3()
    {
        var issuer = Name(("2.5.4.10", "Den Danske Stat"), ("2.5.4.3", "Den Danske Stat OCES udstedende-CA 2"));

        Assert.Equal(CertificateKind.Oces3OrganisationOrSystem, OcesProfile.Classify(issuer, SystemSubject, Array.Empty<string>()).Kind);
    }

    [Theory]
    [InlineData("UI:DK-E:G:0b", null, CertificateKind.Oces3Employee)]
    [InlineData("UI:DK-E:C:0b", null, CertificateKind.Oces3Employee)]
    [InlineData("UI:DK-O:G:0b", null, CertificateKind.Oces3OrganisationOrSystem)]
    [InlineData("", "1.2.208.169.1.1.1.3.7.1", CertificateKind.Oces3OrganisationOrSystem)]
    [InlineData("", "1.2.208.169.1.1.1.3.7", CertificateKind.Oces3OrganisationOrSystem)]
    [InlineData("", "1.2.208.169.1.1.1.2.7", CertificateKind.Oces3Employee)]
    [InlineData("", null, CertificateKind.Other)]
    public void The_OCES3_profile_comes_from_the_subject_serial_or_the_policy(string serial, string? policy, CertificateKind expected)
    {
        var subject = Name(("2.5.4.5", serial), ("2.5.4.3", "x"));

        var (kind, _) = OcesProfile.Classify(Oces3Issuer(null), subject, policy is null ? Array.Empty<string>() : new[] { "0.4.0.2042.1.1", policy });

        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("TRUST2408 OCES CA II", CertificateKind.Oces2, CertificateEnvironment.Production)]
    [InlineData("TRUST2408 Systemtest XIX CA", CertificateKind.Oces2, CertificateEnvironment.Test)]
    [InlineData("TDC OCES Systemtest CA II", CertificateKind.Oces1, CertificateEnvironment.Test)]
    public void Retired_generations_are_labelled_for_what_they_are(string issuerName, CertificateKind generation, CertificateEnvironment environment)
    {
        var (kind, env) = OcesProfile.Classify(Name(("2.5.4.3", issuerName)), SystemSubject, Array.Empty<string>());

        Assert.Equal(generation, kind);
        Assert.Equal(environment, env);
    }

    [Fact]
    public void A_lookalike_issuer_outside_Den_Danske_Stat_is_not_OCES()
    {
        var issuer = Name(("2.5.4.10", "Someone Else"), ("2.5.4.3", "Den Danske Stat OCES udstedende-CA 1"));

        Assert.Equal((CertificateKind.Other, CertificateEnvironment.Unknown), OcesProfile.Classify(issuer, SystemSubject, Array.Empty<string>()));
    }

    [Fact]
    public void The_CVR_comes_from_NTRDK_in_OCES3_and_from_CVR_in_OCES2()
    {
        Assert.Equal("19435075", OcesProfile.Cvr(SystemSubject));
        Assert.Equal("30808460", OcesProfile.Cvr(Name(("2.5.4.3", "TU GENEREL FOCES gyldig (funktionscertifikat)"), ("2.5.4.5", "CVR:30808460-FID:94731315"))));
        Assert.Equal("30808460", OcesProfile.Cvr(Name(("2.5.4.10", "Firma // CVR:30808460"))));
        Assert.Null(OcesProfile.Cvr(Name(("2.5.4.97", "NTRDK-123"))));
    }

    [Fact]
    public void A_CVR_is_eight_ASCII_digits_and_nothing_else()
    {
        Assert.Null(OcesProfile.Cvr(Name(("2.5.4.97", "NTRDK-123456789"))));
        Assert.Null(OcesProfile.Cvr(Name(("2.5.4.97", "NTRDK-1234567\u0668"))));
        Assert.Null(OcesProfile.Cvr(Name(("2.5.4.97", "ntrdk-12345678"))));
        Assert.Null(OcesProfile.Cvr(Name(("2.5.4.5", "CVR:3080846"))));
        // OCES2: the first "CVR:" that eight digits follow, as the field has it.
        Assert.Equal("30808460", OcesProfile.Cvr(Name(("2.5.4.5", "CVR:308-CVR:30808460-FID:94731315"))));
        Assert.Equal("30808460", OcesProfile.Cvr(Name(("2.5.4.5", "CVR:308084601"))));
    }

    [Fact]
    public void The_OCES2_CVR_tail_is_dropped_from_the_organisation()
    {
        Assert.Equal("Firma A/S", OcesProfile.Organisation(Name(("2.5.4.10", "Firma A/S // CVR:30808460"))));
        Assert.Equal("KOMBIT Testorganisation", OcesProfile.Organisation(SystemSubject));
        Assert.Equal("Firma A/S", OcesProfile.Organisation(Name(("2.5.4.10", "Firma A/S//CVR:30808460  "))));
        Assert.Equal("Firma CVR:30808460", OcesProfile.Organisation(Name(("2.5.4.10", "Firma CVR:30808460"))));
        Assert.Equal("Firma // CVR:3080846", OcesProfile.Organisation(Name(("2.5.4.10", "Firma // CVR:3080846"))));
        Assert.Equal("Firma // CVR:30808460 A/S", OcesProfile.Organisation(Name(("2.5.4.10", "Firma // CVR:30808460 A/S"))));
    }

    [Fact]
    public void Names_read_as_Windows_shows_them()
    {
        Assert.Equal("CN=Den Danske Stat OCES udstedende-CA 1, OU=Test - cti, O=Den Danske Stat, C=DK", Oces3Issuer("Test - cti").ToString());
    }
}
