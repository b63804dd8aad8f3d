using System;

namespace AltIdShell.Core.Certificates;

/// <summary>A revocation check that says when it starts and ends: the wait for the responder is otherwise silent.</summary>
internal sealed class AnnouncedRevocationChecker : IRevocationChecker
{
    private readonly IRevocationChecker _inner;
    private readonly Action<bool> _asking;

    public AnnouncedRevocationChecker(IRevocationChecker inner, Action<bool> asking)
    {
        _inner = inner;
        _asking = asking;
    }

    public RevocationAnswer Check(ParsedCertificate leaf, ParsedCertificate issuingCa)
    {
        _asking(true);
        try
        {
            return _inner.Check(leaf, issuingCa);
        }
        finally
        {
            _asking(false);
        }
    }
}
