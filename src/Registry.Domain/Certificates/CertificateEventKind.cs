namespace Registry.Domain.Certificates;

/// <summary>What happened to a certificate on a day (its history).</summary>
public enum CertificateEventKind
{
    Issued,
    Renewed,
    Suspended,
    Reinstated,
    Revoked,
}
