using System.Buffers.Text;
using System.Text;
using Registry.Api.Schema.Errors;
using Registry.Api.Schema.Loading;
using Registry.Data.Querying;
using Registry.Domain.Cases;
using Registry.Domain.Disputes;

namespace Registry.Api.Cases;

/// <summary>
/// The duplicate search: a self-join on the stored party-set fingerprint and category (one index), both committees in
/// the region's subtree, at least one of the two received within [from, to], received at most 90 days apart.
/// </summary>
public static class PossibleDuplicates
{
    public const int MaxDaysApart = 90;

    public static IQueryable<PossibleDuplicate> Find(RegistryDbContext db, string regionCode, DateOnly start, DateOnly end)
    {
        var lowest = start.DayNumber - MaxDaysApart;
        var highest = end.DayNumber + MaxDaysApart;
        var candidates =
            from c in db.Cases
            join m in db.Committees.InRegion(regionCode) on c.CommitteeId equals m.Id
            where c.PartySetFingerprint != null && c.ReceivedDayNumber >= lowest && c.ReceivedDayNumber <= highest
            select c;
        return from a in candidates
               join b in candidates on new { F = a.PartySetFingerprint, a.Category } equals new { F = b.PartySetFingerprint, b.Category }
               where a.Id < b.Id && a.CommitteeId != b.CommitteeId
                     && b.ReceivedDayNumber - a.ReceivedDayNumber <= MaxDaysApart
                     && a.ReceivedDayNumber - b.ReceivedDayNumber <= MaxDaysApart
                     && (a.ReceivedOn >= start && a.ReceivedOn <= end || b.ReceivedOn >= start && b.ReceivedOn <= end)
               select new PossibleDuplicate
               {
                   CaseAId = a.Id,
                   CaseBId = b.Id,
                   DaysApart = b.ReceivedDayNumber >= a.ReceivedDayNumber ? b.ReceivedDayNumber - a.ReceivedDayNumber : a.ReceivedDayNumber - b.ReceivedDayNumber,
                   Category = a.Category,
               };
    }

    /// <summary>Keyset page ordered by (caseA, caseB).</summary>
    public static async Task<Schema.Paging.Page<PossibleDuplicate>> PageAsync(IQueryable<PossibleDuplicate> all, int first, string? after, CancellationToken ct)
    {
        var query = all;
        if (after is not null)
        {
            var (a, b) = Decode(after);
            query = query.Where(d => d.CaseAId > a || d.CaseAId == a && d.CaseBId > b);
        }
        var rows = first == 0 ? [] : await query.OrderBy(d => d.CaseAId).ThenBy(d => d.CaseBId).Take(first + 1).ToListAsync(ct);
        var hasNext = rows.Count > first;
        if (hasNext) rows.RemoveAt(rows.Count - 1);
        return new Schema.Paging.Page<PossibleDuplicate>(rows, rows.Select(r => Encode(r.CaseAId, r.CaseBId)).ToList(), hasNext, after is not null,
            token => all.CountAsync(token));
    }

    private static string Encode(long a, long b) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"d:{a}:{b}"));

    private static (long A, long B) Decode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            if (parts is ["d", var a, var b] && long.TryParse(a, out var x) && long.TryParse(b, out var y)) return (x, y);
        }
        catch (FormatException)
        {
        }
        throw new InputError("after", ErrorCodes.Invalid, "after is not a cursor this list gave out.");
    }
}
