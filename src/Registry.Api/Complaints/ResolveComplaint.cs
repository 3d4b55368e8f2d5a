using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Complaints;

namespace Registry.Api.Complaints;

/// <summary>Resolves a complaint of the caller's jurisdiction, once: UPHELD or DISMISSED.</summary>
public sealed class ResolveComplaint : IUseCase<ResolveComplaintInput, Complaint>
{
    public Permission Permission => Permission.ManageGrading;

    public async Task<Complaint> HandleAsync(ResolveComplaintInput input, UseCaseContext context, CancellationToken ct)
    {
        var complaint = await context.Db.FindByGlobalIdAsync<Complaint>(input.ComplaintId, "Complaint", "complaintId", ct);
        context.RequireCovers(complaint.RegionCode, "complaintId");
        if (input.Version is not null) UseCaseContext.ExpectVersion(complaint, input.Version);
        complaint.Resolve(input.Outcome, input.ResolvedOn, context.Today);
        return complaint;
    }
}
