using System.Text;

namespace Registry.Data.Partitioning;

/// <summary>
/// Keeps the tables partitioned by year on PostgreSQL — the audit trail by <c>at</c> (Migrations/AuditPartitions) and
/// the cases by <c>closed_on</c> (Migrations/CasePartitions) — a partition per year ahead of time: the migrations made
/// them through 2040 from the descriptions here (<see cref="AuditTrail"/>, <see cref="Cases"/>), and the service's start
/// (<c>DatabaseStartup</c>) adds each missing year through two years ahead.
/// Rows that already sit in the default partition for a year being added (a case closed, or an entry written, past the
/// last partition) move into it in the same transaction, before it is attached, so the default never blocks a year.
/// An advisory lock makes two instances starting at once add each year once. SQLite has no partitions.
/// </summary>
public static class YearlyPartitions
{
    /// <summary>How many years past the current one a start makes sure of.</summary>
    public const int YearsAhead = 2;

    /// <summary>A table partitioned by year of <paramref name="Key"/>: its partitions' names and bounds, for the migrations too.</summary>
    public sealed record Partitioned(string Table, string Key, string DefaultPartition, string? AppendOnlyTrigger, Func<int, string> YearStart)
    {
        public string PartitionOf(int year) => $"{Table}_{year}";

        public string Bounds(int year) => $"FOR VALUES FROM ({YearStart(year)}) TO ({YearStart(year + 1)})";
    }

    public static readonly Partitioned AuditTrail =
        new("audit_entries", "at", "audit_entries_other", "audit_entries_append_only", year => $"timestamptz '{year}-01-01 00:00:00+00'");

    public static readonly Partitioned Cases = new("cases", "closed_on", "cases_open", null, year => $"date '{year}-01-01'");

    private static readonly Partitioned[] Tables = [AuditTrail, Cases];

    /// <summary>Adds every missing yearly partition through <paramref name="lastYear"/>; returns the partitions added.</summary>
    public static async Task<IReadOnlyList<string>> EnsureThroughAsync(RegistryDbContext db, int lastYear, CancellationToken ct = default)
    {
        if (db.Provider != DatabaseProvider.Postgres) return [];
        var added = new List<string>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('yearly-partitions'))", ct);
        foreach (var table in Tables)
        {
            var last = await LastPartitionYearAsync(db, table.Table, ct);
            if (last is null) continue;
            for (var year = last.Value + 1; year <= lastYear; year++)
            {
                await db.Database.ExecuteSqlRawAsync(AddYear(table, year), ct);
                added.Add(table.PartitionOf(year));
            }
        }
        await transaction.CommitAsync(ct);
        return added;
    }

    private static string AddYear(Partitioned t, int year)
    {
        var name = t.PartitionOf(year);
        var (from, to) = (t.YearStart(year), t.YearStart(year + 1));
        var sql = new StringBuilder($"CREATE TABLE {name} (LIKE {t.Table} INCLUDING DEFAULTS INCLUDING STORAGE);\n");
        // The audit trail's partitions refuse deletes (append-only): the move out of the default is not one.
        if (t.AppendOnlyTrigger is not null) sql.Append($"ALTER TABLE {t.DefaultPartition} DISABLE TRIGGER {t.AppendOnlyTrigger};\n");
        sql.Append($"WITH moved AS (DELETE FROM {t.DefaultPartition} WHERE {t.Key} >= {from} AND {t.Key} < {to} RETURNING *)\n");
        sql.Append($"INSERT INTO {name} SELECT * FROM moved;\n");
        if (t.AppendOnlyTrigger is not null) sql.Append($"ALTER TABLE {t.DefaultPartition} ENABLE TRIGGER {t.AppendOnlyTrigger};\n");
        sql.Append($"ALTER TABLE {t.Table} ATTACH PARTITION {name} {t.Bounds(year)};\n");
        return sql.ToString();
    }

    /// <summary>The latest year with a partition of <paramref name="table"/>, or null when it is not partitioned.</summary>
    private static async Task<int?> LastPartitionYearAsync(RegistryDbContext db, string table, CancellationToken ct) =>
        await db.Database.SqlQuery<int?>($"""
            SELECT MAX(substring(c.relname from '_([0-9][0-9][0-9][0-9])$')::int) AS "Value"
            FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = to_regclass({table})
            """).SingleAsync(ct);
}
