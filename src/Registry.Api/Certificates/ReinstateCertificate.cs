using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Certificates;

namespace Registry.Api.Certificates;

/// <summary>Reinstates a SUSPENDED certificate still within its validity.</summary>
public sealed class ReinstateCertificate : IUseCase<CertificateChangeInput, Certificate>
{
    public Permission Permission => Permission.ManageGrading;

    public async Task<Certificate> HandleAsync(CertificateChangeInput input, UseCaseContext context, CancellationToken ct)
    {
        var certificate = await context.FindCertificateAsync(input.CertificateId, ct);
        certificate.Reinstate(input.On, context.Today);
        return certificate;
    }
}
