using Registry.Api.Committees;
using Registry.Api.Grading;
using Registry.Api.Mediators;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Commendations;

namespace Registry.Api.Complaints;

/// <summary>Records a commendation of a mediator or a committee of the caller's jurisdiction.</summary>
public sealed class RecordCommendation : IUseCase<RecordCommendationInput, Commendation>
{
    public Permission Permission => Permission.ManageGrading;

    public async Task<Commendation> HandleAsync(RecordCommendationInput input, UseCaseContext context, CancellationToken ct)
    {
        long? mediatorId = null, committeeId = null;
        if (input.MediatorId is not null)
        {
            var mediator = await context.Db.FindMediatorAsync(input.MediatorId, ct);
            await context.Db.RequireCallerServesAsync(context.Caller, mediator.Id, ct);
            mediatorId = mediator.Id;
        }
        if (input.CommitteeId is not null)
        {
            var committee = await context.Db.FindCommitteeAsync(input.CommitteeId, ct);
            context.RequireCovers(committee.RegionCode, "committeeId");
            committeeId = committee.Id;
        }
        var region = await GradingRegion.ResolveAsync(context, input.AwardingRegionCode, "awardingRegionCode", ct);
        var commendation = Commendation.Record(mediatorId, committeeId, input.Title, input.Level, input.AwardedOn, input.AwardedBy, region, context.Today);
        context.Db.Commendations.Add(commendation);
        return commendation;
    }
}
