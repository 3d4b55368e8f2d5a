using Registry.Api.Grading;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

/// <summary>Adds a star assessment (评星定级) to a committee's history; its current stars follow from that history.</summary>
public sealed class RateCommittee : IUseCase<RateCommitteeInput, CommitteeStarRating>
{
    public Permission Permission => Permission.ManageGrading;

    public async Task<CommitteeStarRating> HandleAsync(RateCommitteeInput input, UseCaseContext context, CancellationToken ct)
    {
        var committee = await context.Db.FindCommitteeAsync(input.CommitteeId, ct);
        context.RequireCovers(committee.RegionCode, "committeeId");
        var region = await GradingRegion.ResolveAsync(context, input.AssessingRegionCode, "assessingRegionCode", ct);
        var rating = CommitteeStarRating.Rate(committee, input.Stars, input.AssessedOn, input.Basis, region, context.Today);
        context.Db.CommitteeStarRatings.Add(rating);
        return rating;
    }
}
