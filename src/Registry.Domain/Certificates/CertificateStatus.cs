namespace Registry.Domain.Certificates;

/// <summary>A certificate's status on a day. EXPIRED is never stored: it follows from the date and the validity.</summary>
public enum CertificateStatus
{
    Active,
    Suspended,
    Revoked,
    Expired,
}
