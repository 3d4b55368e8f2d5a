using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;
using Registry.Domain.Auditing;

namespace Registry.Api.Tests.Access;

/// <summary>
/// On PostgreSQL the PartitionAuditEntries migration turns the trail into one partition a year (2020–2040, and a
/// default): entries written before it keep their ids and move to their year, new ones take the next ids, a query
/// bounded in time reads only its years' partitions (the plan shows it), and the trail stays append-only.
/// </summary>
public sealed class AuditPartitionsMigration
{
    private const string Before = "NameSearchTrigrams";

    [Fact]
    public async Task TheTrailIsPartitionedByYearAndABoundedQueryReadsOnlyItsYear()
    {
        var connectionString = await PostgresServer.Instance.CreateDatabaseAsync("registry_audit_partitions");
        await using var db = new PostgresRegistryDbContext(RegistryDatabase.Configure(new DbContextOptionsBuilder<PostgresRegistryDbContext>(),
            DatabaseProvider.Postgres, connectionString).Options);
        await db.GetService<IMigrator>().MigrateAsync(Before);
        AuditEntry Entry(int year, string entity) =>
            AuditEntry.Record(new DateTime(year, 3, 1, 8, 0, 0, DateTimeKind.Utc), "old", "BUREAU_ADMIN", "220202", "updateCommittee",
                "Committee", entity, "220202", null, "{}");
        db.AuditEntries.AddRange(Entry(2025, "c-1"), Entry(2026, "c-2"), Entry(2019, "c-3"));
        await db.SaveChangesAsync();

        await db.Database.MigrateAsync();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        async Task<List<string>> Strings(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync()) rows.Add(reader.GetValue(0).ToString()!);
            return rows;
        }
        Assert.Equal(["r"], await Strings("SELECT partstrat::text FROM pg_partitioned_table WHERE partrelid = 'audit_entries'::regclass"));
        Assert.Equal(22, (await Strings("SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = 'audit_entries'::regclass")).Count);
        Assert.Equal(["c-1 audit_entries_2025", "c-2 audit_entries_2026", "c-3 audit_entries_other"],
            await Strings("SELECT entity_id || ' ' || tableoid::regclass FROM audit_entries ORDER BY id"));

        db.ChangeTracker.Clear();
        db.AuditEntries.Add(Entry(2027, "c-4"));
        await db.SaveChangesAsync();
        Assert.Equal(["1 c-1", "2 c-2", "3 c-3", "4 c-4"], (await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync()).Select(e => $"{e.Id} {e.EntityId}"));
        Assert.Equal(["audit_entries_2027"], await Strings("SELECT tableoid::regclass::text FROM audit_entries WHERE entity_id = 'c-4'"));

        // auditLog's statement for a region and a month, as EF sends it (parameters): only 2026's partition is read.
        var plan = string.Join("\n", await Strings("""
            EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
            SELECT * FROM audit_entries
            WHERE region_code >= '22' AND region_code < '23' AND at >= timestamptz '2026-03-01 00:00:00+00' AND at < timestamptz '2026-04-01 00:00:00+00'
            ORDER BY id LIMIT 21
            """));
        Assert.Contains("audit_entries_2026", plan);
        Assert.DoesNotContain("audit_entries_2025", plan);
        Assert.DoesNotContain("audit_entries_other", plan);

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET actor = 'someone else'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries_2025"));
    }
}
