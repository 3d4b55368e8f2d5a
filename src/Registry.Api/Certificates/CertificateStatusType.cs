using Registry.Domain.Certificates;

namespace Registry.Api.Certificates;

public sealed class CertificateStatusType : EnumerationGraphType<CertificateStatus>
{
    public CertificateStatusType()
    {
        Name = "CertificateStatus";
        Description = "ACTIVE 有效, SUSPENDED 暂停, REVOKED 吊销, EXPIRED 过期 (derived from the date, never stored).";
    }
}
