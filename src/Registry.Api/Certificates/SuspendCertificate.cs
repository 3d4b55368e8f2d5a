using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Certificates;

namespace Registry.Api.Certificates;

/// <summary>Suspends an ACTIVE certificate, with a reason and optionally the upheld complaint it rests on.</summary>
public sealed class SuspendCertificate : IUseCase<CertificateChangeInput, Certificate>
{
    public Permission Permission => Permission.ManageGrading;

    public async Task<Certificate> HandleAsync(CertificateChangeInput input, UseCaseContext context, CancellationToken ct)
    {
        var certificate = await context.FindCertificateAsync(input.CertificateId, ct);
        var complaint = await context.UpheldComplaintAsync(input.ComplaintId, certificate.MediatorId, ct);
        certificate.Suspend(input.On, input.Reason, complaint, context.Today);
        return certificate;
    }
}
