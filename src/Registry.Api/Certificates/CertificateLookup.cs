using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Certificates;
using Registry.Domain.Complaints;
using Registry.Domain.Training;

namespace Registry.Api.Certificates;

public static class CertificateLookup
{
    /// <summary>The certificate with its history, inside the caller's jurisdiction (judged by its issuer), from the version read.</summary>
    public static async Task<Certificate> FindCertificateAsync(this UseCaseContext context, string? id, CancellationToken ct)
    {
        var key = GlobalId.DecodeKey(id, "Certificate", "certificateId");
        var certificate = await context.Db.Certificates.Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == key, ct)
            ?? throw new DomainException("certificateId", ErrorCodes.NotFound, $"No Certificate has the ID '{id}'.");
        context.RequireCovers(certificate.RegionCode, "certificateId");
        return certificate;
    }

    /// <summary>An upheld complaint against <paramref name="mediatorId"/>, named as the ground of a suspension or revocation.</summary>
    public static async Task<long?> UpheldComplaintAsync(this UseCaseContext context, string? id, long mediatorId, CancellationToken ct)
    {
        if (id is null) return null;
        var complaint = await context.Db.FindByGlobalIdAsync<Complaint>(id, "Complaint", "complaintId", ct);
        if (complaint.MediatorId != mediatorId)
            throw new DomainException("complaintId", ErrorCodes.Conflict, "The complaint is against someone else than the certificate's holder.");
        if (!complaint.IsUpheld)
            throw new DomainException("complaintId", ErrorCodes.InvalidState, "Only an UPHELD complaint can ground a suspension or revocation.");
        return complaint.Id;
    }

    /// <summary>Minutes a mediator was credited at sessions held from <paramref name="from"/> to <paramref name="to"/> (not cancelled).</summary>
    public static async Task<int> CreditedMinutesAsync(this UseCaseContext context, long mediatorId, DateOnly from, DateOnly to, CancellationToken ct) =>
        await context.Db.Attendances.Where(a => a.MediatorId == mediatorId && a.Minutes > 0)
            .Join(context.Db.TrainingSessions.Where(s => s.CancelledOn == null && s.Date >= from && s.Date <= to), a => a.SessionId, s => s.Id, (a, _) => a.Minutes)
            .SumAsync(ct);

    /// <summary>The training requirement governing <paramref name="regionCode"/> on <paramref name="on"/>.</summary>
    public static async Task<GoverningRequirement> RequirementAsync(this UseCaseContext context, string regionCode, DateOnly on, CancellationToken ct) =>
        TrainingRequirementResolver.Resolve(await context.Db.TrainingRequirements.AsNoTracking().ToListAsync(ct), regionCode, on);
}
