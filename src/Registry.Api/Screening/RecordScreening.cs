using Registry.Api.Committees;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

/// <summary>
/// Records a committee's screening round and opens a ledger item for each thing it found. The same committee, day
/// and kind again is refused as a DUPLICATE naming screenedOn (the unique index refuses a racing second request), so
/// a round is never counted twice; a different kind on the same day is a round of its own. The report's read model of
/// round days (ScreeningRoundDays) is rebuilt for the committee before the write commits.
/// </summary>
public sealed class RecordScreening : IUseCase<RecordScreeningInput, ScreeningRound>, IAfterSave<ScreeningRound>
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

    /// <summary>The screening report's read model of the committee's round days, rebuilt in the same transaction.</summary>
    public Task AfterSaveAsync(RegistryDbContext db, ScreeningRound round, CancellationToken ct) =>
        Registry.Data.Reports.Screening.ScreeningRoundDaysSql.RefreshAsync(db, [round.CommitteeId], ct);

    private static bool Same(ScreeningRound a, ScreeningRound b) => a.CommitteeId == b.CommitteeId && a.ScreenedOn == b.ScreenedOn && a.Kind == b.Kind;
}
