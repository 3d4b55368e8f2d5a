using Registry.Api.Grading;
using Registry.Api.Mediators;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Complaints;

namespace Registry.Api.Complaints;

/// <summary>Records a complaint against a mediator serving (or who served) in the caller's jurisdiction.</summary>
public sealed class RecordComplaint : IUseCase<RecordComplaintInput, Complaint>
{
    public Permission Permission => Permission.ManageGrading;

    public async Task<Complaint> HandleAsync(RecordComplaintInput input, UseCaseContext context, CancellationToken ct)
    {
        var mediator = await context.Db.FindMediatorAsync(input.MediatorId, ct);
        await context.Db.RequireCallerServesAsync(context.Caller, mediator.Id, ct);
        var region = await GradingRegion.ResolveAsync(context, input.ReceivingRegionCode, "receivingRegionCode", ct);
        var complaint = Complaint.Record(mediator.Id, region, input.ReceivedOn, input.Summary, context.Today);
        context.Db.Complaints.Add(complaint);
        return complaint;
    }
}
