using Registry.Api.Committees;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

/// <summary>
/// Records a committee's screening round and opens a ledger item for each thing it found. The same committee, day
/// and kind again is refused as a DUPLICATE naming screenedOn (the unique index refuses a racing second request), so
/// a round is never counted twice; a different kind on the same day is a round of its own.
/// </summary>
public sealed class RecordScreening : IUseCase<RecordScreeningInput, ScreeningRound>
{
    public Permission Permission => Permission.RecordScreening;

    public async Task<ScreeningRound> HandleAsync(RecordScreeningInput input, UseCaseContext context, CancellationToken ct)
    {
        var committee = await context.Db.FindCommitteeAsync(input.CommitteeId, ct);
        context.RequireCovers(committee.RegionCode, "committeeId");
        var round = ScreeningRound.Record(committee, input.ScreenedOn, input.Kind, input.ToItems(), context.Today);
        var already = context.Db.ScreeningRounds.Local.Any(r => Same(r, round))
                      || await context.Db.ScreeningRounds.AnyAsync(r => r.CommitteeId == round.CommitteeId && r.ScreenedOn == round.ScreenedOn && r.Kind == round.Kind, ct);
        if (already)
            throw new DomainException("screenedOn", ErrorCodes.Duplicate,
                $"{committee.Name} already has a {round.Kind} round on {round.ScreenedOn:yyyy-MM-dd}; a round is recorded once.");
        context.Db.ScreeningRounds.Add(round);
        return round;
    }

    private static bool Same(ScreeningRound a, ScreeningRound b) => a.CommitteeId == b.CommitteeId && a.ScreenedOn == b.ScreenedOn && a.Kind == b.Kind;
}
