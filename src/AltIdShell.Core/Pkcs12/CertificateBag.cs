namespace AltIdShell.Core.Pkcs12;

/// <summary>One X.509 certificate bag: the certificate as stored, and its localKeyId if it has one.</summary>
internal sealed record CertificateBag(byte[] Der, byte[]? LocalKeyId);
