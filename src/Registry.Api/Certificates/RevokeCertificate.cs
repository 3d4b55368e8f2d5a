using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Certificates;

namespace Registry.Api.Certificates;

/// <summary>Revokes a certificate for good; the person may then be issued a new one (with a new number).</summary>
public sealed class RevokeCertificate : IUseCase<CertificateChangeInput, Certificate>
{
    public Permission Permission => Permission.ManageGrading;

    public async Task<Certificate> HandleAsync(CertificateChangeInput input, UseCaseContext context, CancellationToken ct)
    {
        var certificate = await context.FindCertificateAsync(input.CertificateId, ct);
        var complaint = await context.UpheldComplaintAsync(input.ComplaintId, certificate.MediatorId, ct);
        certificate.Revoke(input.On, input.Reason, complaint, context.Today);
        return certificate;
    }
}
