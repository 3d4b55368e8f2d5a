using Registry.Api.Regions;
using Registry.Api.UseCases;
using Registry.Data.Querying;
using Registry.Data.Reports.Subsidies;
using Registry.Domain.Access;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

/// <summary>
/// Creates a DRAFT claim for a region and period with the statement frozen into it, set-based: each line with the
/// inputs it used. A live claim of the same region overlapping the period is refused (OVERLAP); cases in any other
/// live claim are ALREADY_CLAIMED in this one, and if another claim takes a case at the same moment the database's
/// unique live-case index refuses the second (CONFLICT), so a case is never in two live claims. Claims are created one
/// at a time (<see cref="RowLocks.LockSubsidyClaimsAsync"/>), so the monthly cap of a mediator serving in two regions
/// counts the other region's claim even when both are created at once.
/// </summary>
public sealed class CreateSubsidyClaim(TimeProvider clock) : IUseCase<CreateSubsidyClaimInput, SubsidyClaim>, IAfterSave<SubsidyClaim>
{
    public Permission Permission => Permission.PrepareSubsidyClaims;

    public async Task<SubsidyClaim> HandleAsync(CreateSubsidyClaimInput input, UseCaseContext context, CancellationToken ct)
    {
        var region = input.RegionCode?.Trim();
        await context.Db.RequireRegionAsync(region, "regionCode", ct);
        context.RequireCovers(region!, "regionCode");
        CheckPeriod(input.From, input.To, context.Today);
        await context.Db.LockSubsidyClaimsAsync(ct);
        var others = await context.Db.SubsidyClaims.Where(c => c.RegionCode == region && c.Status != ClaimStatus.Rejected).ToListAsync(ct);
        if (others.FirstOrDefault(c => c.Overlaps(region!, input.From, input.To)) is { } clash)
            throw new DomainException("from", ErrorCodes.Overlap,
                $"Region {region} already has a {clash.Status.ToString().ToUpperInvariant()} claim for {clash.From:yyyy-MM-dd} to {clash.To:yyyy-MM-dd}; " +
                "claims of one region must not overlap (reject that one first to claim again).");
        var claim = SubsidyClaim.Create(region!, input.From, input.To, context.Who(), context.Caller.RoleName, clock.GetUtcNow().UtcDateTime);
        context.Db.SubsidyClaims.Add(claim);
        return claim;
    }

    public async Task AfterSaveAsync(RegistryDbContext db, SubsidyClaim claim, CancellationToken ct)
    {
        var totals = await SubsidyStatementQueries.FreezeAsync(db, new SubsidyScope(claim.RegionCode, claim.From, claim.To), claim.Id, ct);
        claim.Totals(totals.Amount, totals.Lines, totals.PayableLines);
    }

    public static void CheckPeriod(DateOnly from, DateOnly to, DateOnly today)
    {
        var guard = new Guard();
        if (from == default) guard.Add("from", ErrorCodes.Required, "from is required.");
        if (to < from) guard.Add("to", ErrorCodes.OutOfRange, "to must not be before from.");
        else if (to.DayNumber - from.DayNumber >= SubsidyScope.MaxDays)
            guard.Add("to", ErrorCodes.OutOfRange, $"A claim covers at most {SubsidyScope.MaxDays} days.");
        if (to >= today) guard.Add("to", ErrorCodes.OutOfRange, $"A claim covers cases closed before today ({today:yyyy-MM-dd}): the period must have ended.");
        guard.ThrowIfAny();
    }
}
