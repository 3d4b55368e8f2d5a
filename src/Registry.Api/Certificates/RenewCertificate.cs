using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Certificates;

namespace Registry.Api.Certificates;

/// <summary>
/// Renews a certificate (same number, a new validity). The holder must have been credited the training the issuer's
/// region requires over the validity being closed (<see cref="CertificateTraining.RequireForRenewal"/>).
/// </summary>
public sealed class RenewCertificate : IUseCase<RenewCertificateInput, Certificate>
{
    public Permission Permission => Permission.ManageGrading;

    public async Task<Certificate> HandleAsync(RenewCertificateInput input, UseCaseContext context, CancellationToken ct)
    {
        var certificate = await context.FindCertificateAsync(input.CertificateId, ct);
        var validFrom = certificate.ValidFrom(input.RenewedOn);
        // The state rules first: a revoked or suspended certificate is refused for that, whatever the training says.
        var trial = certificate.StatusOn(input.RenewedOn);
        if (trial is CertificateStatus.Active or CertificateStatus.Expired && input.RenewedOn >= validFrom)
        {
            var requirement = await context.RequirementAsync(certificate.RegionCode, input.RenewedOn, ct);
            var credited = await context.CreditedMinutesAsync(certificate.MediatorId, validFrom, input.RenewedOn, ct);
            CertificateTraining.RequireForRenewal(requirement, credited, validFrom, input.RenewedOn);
        }
        certificate.Renew(input.RenewedOn, input.ValidUntil, context.Today);
        return certificate;
    }
}
