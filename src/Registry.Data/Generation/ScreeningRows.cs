using Npgsql;
using NpgsqlTypes;
using Registry.Domain.Screening;

namespace Registry.Data.Generation;

/// <summary>
/// Routine dispute screening rounds (矛盾纠纷排查) as the seeds' cadences ask them: villages and communities weekly over
/// the last quarter (a weekday of each ISO week), townships monthly and county mediation centres quarterly over the
/// year; nine in ten rounds held. The committees owing them are those <see cref="ScreeningLevels.Of"/> names.
/// </summary>
internal static class ScreeningRows
{
    public const int VillageWeeks = 13;

    public static async Task<long> WriteAsync(NpgsqlConnection connection, Roster roster, GenerationProgress progress, CancellationToken ct)
    {
        var random = roster.Request.RandomFor(7);
        var asOf = roster.AsOf;
        var monday = asOf.AddDays(-(((int)asOf.DayOfWeek + 6) % 7));
        progress.Begin("screening rounds", roster.Committees.Count, "committees");
        await using var import = await BulkCopy.BeginAsync(connection, "screening_rounds", "id, committee_id, region_code, screened_on, kind", ct);
        var id = 0L;
        for (var c = 0; c < roster.Committees.Count; c++)
        {
            var committee = roster.Committees[c];
            foreach (var day in Days(ScreeningLevels.Of(committee.Kind, committee.RegionCode), random, asOf, monday))
            {
                if (day > asOf || day < committee.EstablishedOn || random.Next(10) == 0) continue;
                import.StartRow();
                import.Write(++id, NpgsqlDbType.Bigint);
                import.Write(c + 1L, NpgsqlDbType.Bigint);
                import.Write(committee.RegionCode);
                import.Write(day, NpgsqlDbType.Date);
                import.Write(nameof(ScreeningKind.Routine));
            }
            progress.Step();
        }
        await import.CompleteAsync(ct);
        progress.End();
        return id;
    }

    private static IEnumerable<DateOnly> Days(ScreeningLevel? level, Random random, DateOnly asOf, DateOnly monday)
    {
        var month = new DateOnly(asOf.Year, asOf.Month, 1);
        switch (level)
        {
            case ScreeningLevel.Village:
                for (var w = VillageWeeks - 1; w >= 0; w--) yield return monday.AddDays(-7 * w + random.Next(5));
                break;
            case ScreeningLevel.Township:
                for (var k = 11; k >= 0; k--) yield return month.AddMonths(-k).AddDays(random.Next(20));
                break;
            case ScreeningLevel.County:
                var quarter = new DateOnly(asOf.Year, (asOf.Month - 1) / 3 * 3 + 1, 1);
                for (var k = 3; k >= 0; k--) yield return quarter.AddMonths(-3 * k).AddDays(random.Next(60));
                break;
        }
    }
}
