using System.Linq.Expressions;
using Registry.Domain.Disputes;

namespace Registry.Data.Reports.Cases;

/// <summary>
/// Which cases count for a period: those CLOSED within [from, to], both days included, by the committee that recorded
/// them. Open cases and cases closed outside the period are not counted. Aggregation is GROUP BY in the database,
/// integers only (SQLite cannot sum decimals); ratios are computed from the counts afterwards.
/// </summary>
public static class CaseReportQueries
{
    public static IQueryable<ClosedCase> ClosedIn(RegistryDbContext db, IQueryable<Committee> committees, DateOnly start, DateOnly end) =>
        from c in db.Cases
        join m in committees on c.CommitteeId equals m.Id
        where c.ClosedOn >= start && c.ClosedOn <= end
        select new ClosedCase
        {
            CommitteeId = c.CommitteeId, RegionCode = m.RegionCode, LeadMediatorId = c.LeadMediatorId, Category = c.Category,
            Outcome = c.Outcome, TurnedCriminal = c.TurnedCriminal, EnteredLate = c.EnteredLate, FollowedUp = c.FollowUpOn != null,
            DaysToClose = c.DaysToClose ?? 0,
        };

    public static IQueryable<ClosedCase> ClosedIn(RegistryDbContext db, DateOnly start, DateOnly end) =>
        from c in db.Cases
        where c.ClosedOn >= start && c.ClosedOn <= end
        select new ClosedCase
        {
            CommitteeId = c.CommitteeId, LeadMediatorId = c.LeadMediatorId, Category = c.Category,
            Outcome = c.Outcome, TurnedCriminal = c.TurnedCriminal, EnteredLate = c.EnteredLate, FollowedUp = c.FollowUpOn != null,
            DaysToClose = c.DaysToClose ?? 0,
        };

    public static IQueryable<CaseTally<TKey>> Tally<TKey>(this IQueryable<ClosedCase> cases, Expression<Func<ClosedCase, TKey>> key) =>
        cases.GroupBy(key).Select(g => new CaseTally<TKey>
        {
            Key = g.Key,
            Closed = g.Count(),
            Written = g.Count(c => c.Outcome == CaseOutcome.WrittenAgreement),
            Oral = g.Count(c => c.Outcome == CaseOutcome.OralAgreement),
            Failed = g.Count(c => c.Outcome == CaseOutcome.Failed),
            Referred = g.Count(c => c.Outcome == CaseOutcome.Referred),
            Withdrawn = g.Count(c => c.Outcome == CaseOutcome.Withdrawn),
            TurnedCriminal = g.Count(c => c.TurnedCriminal),
            EnteredLate = g.Count(c => c.EnteredLate),
            FollowedUp = g.Count(c => c.FollowedUp),
            Days = g.Sum(c => (long)c.DaysToClose),
        });

    /// <summary>The cases each of <paramref name="committeeIds"/> closed in [start, end], counted.</summary>
    public static Task<Dictionary<long, CaseCounts>> CommitteeCountsAsync(RegistryDbContext db, IReadOnlyCollection<long> committeeIds,
        DateOnly start, DateOnly end, CancellationToken ct) =>
        ClosedIn(db, start, end).Where(c => committeeIds.Contains(c.CommitteeId)).Tally(c => c.CommitteeId)
            .ToDictionaryAsync(t => t.Key, t => t.ToCounts(), ct);

    /// <summary>The cases each of <paramref name="mediatorIds"/> led and closed in [start, end], counted.</summary>
    public static Task<Dictionary<long, CaseCounts>> LeadCountsAsync(RegistryDbContext db, IReadOnlyCollection<long> mediatorIds,
        DateOnly start, DateOnly end, CancellationToken ct) =>
        ClosedIn(db, start, end).Where(c => mediatorIds.Contains(c.LeadMediatorId)).Tally(c => c.LeadMediatorId)
            .ToDictionaryAsync(t => t.Key, t => t.ToCounts(), ct);

    /// <summary>How many cases closed in [start, end] each of <paramref name="mediatorIds"/> co-mediated (协办).</summary>
    public static Task<Dictionary<long, int>> CoMediatedCountsAsync(RegistryDbContext db, IReadOnlyCollection<long> mediatorIds,
        DateOnly start, DateOnly end, CancellationToken ct) =>
        (from l in db.Set<CaseCoMediator>()
         join c in db.Cases on l.CaseId equals c.Id
         where mediatorIds.Contains(l.MediatorId) && c.ClosedOn >= start && c.ClosedOn <= end
         group l by l.MediatorId into g
         select new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}
