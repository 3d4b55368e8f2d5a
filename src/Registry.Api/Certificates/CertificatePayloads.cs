using Registry.Api.Schema.Mutations;
using Registry.Domain.Certificates;

namespace Registry.Api.Certificates;

public sealed class IssueCertificatePayloadType() : PayloadType<CertificateType, Certificate>("IssueCertificatePayload", "certificate");

public sealed class RenewCertificatePayloadType() : PayloadType<CertificateType, Certificate>("RenewCertificatePayload", "certificate");

public sealed class SuspendCertificatePayloadType() : PayloadType<CertificateType, Certificate>("SuspendCertificatePayload", "certificate");

public sealed class ReinstateCertificatePayloadType() : PayloadType<CertificateType, Certificate>("ReinstateCertificatePayload", "certificate");

public sealed class RevokeCertificatePayloadType() : PayloadType<CertificateType, Certificate>("RevokeCertificatePayload", "certificate");
