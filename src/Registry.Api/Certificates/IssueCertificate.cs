using Registry.Api.Grading;
using Registry.Api.Mediators;
using Registry.Api.UseCases;
using Registry.Data.Querying;
using Registry.Domain.Access;
using Registry.Domain.Certificates;

namespace Registry.Api.Certificates;

/// <summary>
/// Issues a certificate by a bureau of the caller's jurisdiction. A person's first certificate needs the pre-service
/// training (岗前培训) the issuer's region requires on the issue date (<see cref="CertificateTraining"/>); a person
/// whose certificate is still ACTIVE, SUSPENDED or EXPIRED is refused (renew it instead).
/// </summary>
public sealed class IssueCertificate : IUseCase<IssueCertificateInput, Certificate>
{
    public Permission Permission => Permission.ManageGrading;

    public async Task<Certificate> HandleAsync(IssueCertificateInput input, UseCaseContext context, CancellationToken ct)
    {
        var mediator = await context.Db.FindMediatorAsync(input.MediatorId, ct);
        await context.Db.RequireCallerServesAsync(context.Caller, mediator.Id, ct);
        var issuer = await GradingRegion.ResolveAsync(context, input.IssuerRegionCode, "issuerRegionCode", ct);
        await context.Db.LockMediatorAsync(mediator.Id, ct);
        var others = await context.Db.Certificates.Include(c => c.Events).Where(c => c.MediatorId == mediator.Id).ToListAsync(ct);
        if (others.Count == 0 && input.IssuedOn != default)
        {
            var requirement = await context.RequirementAsync(issuer, input.IssuedOn, ct);
            var credited = await context.CreditedMinutesAsync(mediator.Id, DateOnly.MinValue, input.IssuedOn, ct);
            CertificateTraining.RequirePreService(requirement, credited, input.IssuedOn);
        }
        var number = string.IsNullOrWhiteSpace(input.Number) ? await NextNumberAsync(context, issuer, input.IssuedOn, ct) : input.Number.Trim();
        if (await context.Db.Certificates.AnyAsync(c => c.Number == number, ct))
            throw new DomainException("number", ErrorCodes.Duplicate, $"Certificate number {number} is already taken.");
        var certificate = Certificate.Issue(mediator.Id, number, issuer, input.IssuedOn, input.ValidUntil, others, context.Today);
        context.Db.Certificates.Add(certificate);
        return certificate;
    }

    /// <summary>The next serial of <see cref="CertificateNumber"/>'s format for the issuer and year (regions locked on PostgreSQL).</summary>
    private static async Task<string> NextNumberAsync(UseCaseContext context, string issuer, DateOnly issuedOn, CancellationToken ct)
    {
        await context.Db.LockRegionAsync(issuer, ct);
        var prefix = CertificateNumber.Prefix(issuer, issuedOn.Year);
        var taken = await context.Db.Certificates.Where(c => c.Number.StartsWith(prefix)).Select(c => c.Number).ToListAsync(ct);
        var last = taken.Select(n => int.TryParse(n.AsSpan(prefix.Length), out var serial) ? serial : 0).DefaultIfEmpty(0).Max();
        return CertificateNumber.Generate(issuer, issuedOn.Year, last + 1);
    }
}
