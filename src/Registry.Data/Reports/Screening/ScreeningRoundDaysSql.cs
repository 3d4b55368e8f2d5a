using Registry.Data.Reports.Sql;

namespace Registry.Data.Reports.Screening;

/// <summary>
/// <see cref="ScreeningRoundDays"/> computed from the rounds, the one definition of the read model: per committee and
/// calendar year, bit d of mask d ÷ 62 set when a round was held on the year's day d. Rounds are grouped by committee
/// and year, so several on one day fold into one bit; PostgreSQL ORs the bits (bit_or), SQLite sums the distinct
/// powers of two (the same, as no bit is counted twice and 62 bits cannot overflow).
/// </summary>
public static class ScreeningRoundDaysSql
{
    /// <summary>The recomputation, as rows (committee_id, year, m0 … m5), of the given committees' rounds (null: every committee's).</summary>
    public static SqlStatement Recompute(DatabaseProvider provider, IReadOnlyCollection<long>? committeeIds) =>
        new SqlStatement().Write(sql => Select(provider, sql, committeeIds));

    /// <summary>
    /// Rebuilds the read model of <paramref name="committeeIds"/> (null: of every committee) from their rounds, on the
    /// context's connection and transaction: a write that adds rounds calls it after saving them, before it commits.
    /// </summary>
    public static async Task RefreshAsync(RegistryDbContext db, IReadOnlyCollection<long>? committeeIds, CancellationToken ct)
    {
        if (committeeIds is { Count: 0 }) return;
        await db.ExecuteAsync(new SqlStatement().Write(sql =>
            "DELETE FROM screening_round_days" + (committeeIds is null ? "" : $" WHERE committee_id IN ({Ids(sql, committeeIds)})")), ct);
        await db.ExecuteAsync(new SqlStatement().Write(sql =>
            $"INSERT INTO screening_round_days (committee_id, year, {Columns}) {Select(db.Provider, sql, committeeIds)}"), ct);
    }

    private static string Columns => string.Join(", ", Enumerable.Range(0, ScreeningRoundDays.Masks).Select(i => $"m{i}"));

    private static string Ids(SqlStatement sql, IEnumerable<long> ids) => string.Join(", ", ids.Distinct().Select(id => sql.Bind(id)));

    private static string Select(DatabaseProvider provider, SqlStatement sql, IReadOnlyCollection<long>? committeeIds)
    {
        var postgres = provider == DatabaseProvider.Postgres;
        var (year, day) = postgres
            ? ("CAST(EXTRACT(YEAR FROM r.screened_on) AS INTEGER)", "CAST(EXTRACT(DOY FROM r.screened_on) AS INTEGER) - 1")
            : ("CAST(strftime('%Y', r.screened_on) AS INTEGER)", "CAST(strftime('%j', r.screened_on) AS INTEGER) - 1");
        var masks = string.Join(", ", Enumerable.Range(0, ScreeningRoundDays.Masks).Select(i =>
        {
            var (low, high) = (i * ScreeningRoundDays.DaysPerMask, (i + 1) * ScreeningRoundDays.DaysPerMask);
            var bit = $"CASE WHEN r.d >= {low} AND r.d < {high} THEN CAST(1 AS BIGINT) << (r.d - {low}) END";
            return $"COALESCE({(postgres ? $"bit_or({bit})" : $"SUM(DISTINCT {bit})")}, 0)";
        }));
        var where = committeeIds is null ? "" : $" WHERE r.committee_id IN ({Ids(sql, committeeIds)})";
        return $"""
            SELECT r.committee_id, r.y, {masks}
            FROM (SELECT r.committee_id, {year} AS y, {day} AS d FROM screening_rounds r{where}) r
            GROUP BY r.committee_id, r.y
            """;
    }
}
