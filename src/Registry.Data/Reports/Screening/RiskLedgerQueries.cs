using Registry.Data.Querying;
using Registry.Domain.Screening;

namespace Registry.Data.Reports.Screening;

/// <summary>
/// The ledger (台账) of a region: risk items filtered by status and level, oldest first (found on, then id), paged by
/// a key that packs both so a page is one range seek on the (region, found on, id) index.
/// </summary>
public static class RiskLedgerQueries
{
    public const long KeyStride = 10_000_000_000;

    public static long KeyOf(RiskItem item) => item.FoundOn.DayNumber * KeyStride + item.Id;

    public static IQueryable<RiskItem> Ledger(this RegistryDbContext db, string? regionCode, IReadOnlyCollection<RiskStatus>? statuses,
        IReadOnlyCollection<RiskLevel>? levels)
    {
        var items = db.RiskItems.AsNoTracking().InRegion(regionCode);
        if (statuses is { Count: > 0 }) items = items.Where(i => statuses.Contains(i.Status));
        if (levels is { Count: > 0 }) items = items.Where(i => levels.Contains(i.Level));
        return items;
    }

    /// <summary>Up to <paramref name="take"/> items after <paramref name="afterKey"/>, oldest first.</summary>
    public static Task<List<RiskItem>> PageAsync(this IQueryable<RiskItem> ledger, long? afterKey, int take, CancellationToken ct)
    {
        if (afterKey is { } key)
        {
            var day = DateOnly.FromDayNumber((int)(key / KeyStride));
            var id = key % KeyStride;
            ledger = ledger.Where(i => i.FoundOn > day || (i.FoundOn == day && i.Id > id));
        }
        return ledger.OrderBy(i => i.FoundOn).ThenBy(i => i.Id).Take(take).ToListAsync(ct);
    }
}
