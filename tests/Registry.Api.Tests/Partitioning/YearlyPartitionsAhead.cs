using Microsoft.EntityFrameworkCore;
using Npgsql;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;
using Registry.Data.Partitioning;
using Registry.Domain.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace Registry.Api.Tests.Partitioning;

/// <summary>
/// The yearly partitions past the migrations' last year (2040): a case closed and an audit entry written in 2041 sit in
/// the default partitions until the year is added; adding it moves them into their year (the case with its key), a
/// second run adds nothing, the trail stays append-only (in the default partition too, whose trigger the move set aside), and a start of the service on SQLite has nothing to add.
/// </summary>
public sealed class YearlyPartitionsAhead
{
    [Fact]
    public async Task AYearAddedTakesItsRowsOutOfTheDefaultPartitionAndASecondRunAddsNothing()
    {
        await using var app = new PostgresApp();
        var roster = new Infrastructure.Roster(app);
        await roster.Appoint(await roster.Mediator("张三"), await roster.Committee("440103", name: "远年调委会"));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        db.AuditEntries.Add(AuditEntry.Record(new DateTime(2041, 5, 1, 8, 0, 0, DateTimeKind.Utc), "test", "BUREAU_ADMIN", "440103", "test",
            "Committee", "c-2041", "440103", null, "{}"));
        // One from before the first partition (2020), which stays in the default.
        db.AuditEntries.Add(AuditEntry.Record(new DateTime(2019, 5, 1, 8, 0, 0, DateTimeKind.Utc), "test", "BUREAU_ADMIN", "440103", "test",
            "Committee", "c-2019", "440103", null, "{}"));
        await db.SaveChangesAsync();
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        async Task<List<string>> Strings(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync()) rows.Add(reader.IsDBNull(0) ? "" : reader.GetValue(0).ToString()!);
            return rows;
        }
        await Strings("""
            INSERT INTO cases (source_platform, external_number, committee_id, category, difficulty, lead_mediator_id, received_on, closed_on,
                               outcome, turned_criminal, entered_on, days_to_close, received_day_number, entered_late)
            SELECT 'test', 'Y-2041', c.id, 'Neighbours', 'Ordinary', m.id, '2041-03-01', '2041-03-02', 'OralAgreement', false, '2041-03-02', 1, 0, false
            FROM committees c, mediators m
            """);
        Assert.Equal(["cases_open"], await Strings("SELECT tableoid::regclass::text FROM cases WHERE external_number = 'Y-2041'"));
        Assert.Equal(["audit_entries_other"], await Strings("SELECT tableoid::regclass::text FROM audit_entries WHERE entity_id = 'c-2041'"));

        Assert.Equal(["audit_entries_2041", "audit_entries_2042", "cases_2041", "cases_2042"], await YearlyPartitions.EnsureThroughAsync(db, 2042));

        Assert.Equal(["cases_2041"], await Strings("SELECT tableoid::regclass::text FROM cases WHERE external_number = 'Y-2041'"));
        Assert.Equal(["audit_entries_2041"], await Strings("SELECT tableoid::regclass::text FROM audit_entries WHERE entity_id = 'c-2041'"));
        Assert.Equal(["Y-2041"], await Strings("SELECT k.external_number FROM case_keys k JOIN cases c ON c.id = k.id"));
        Assert.Equal(["0"], await Strings("SELECT count(*) FROM cases_open"));
        Assert.Equal(["c-2019"], await Strings("SELECT entity_id FROM audit_entries_other"));
        Assert.Empty(await YearlyPartitions.EnsureThroughAsync(db, 2042));
        // The move out of the default did not leave the trail open to deletes.
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Strings("DELETE FROM audit_entries WHERE entity_id = 'c-2041'"));
        Assert.Contains("append-only", refused.MessageText, StringComparison.OrdinalIgnoreCase);
        var refusedInDefault = await Assert.ThrowsAsync<PostgresException>(() => Strings("DELETE FROM audit_entries_other"));
        Assert.Contains("append-only", refusedInDefault.MessageText, StringComparison.OrdinalIgnoreCase);
        // A new case of 2042 lands in its year.
        await Strings("UPDATE cases SET closed_on = '2042-01-05', entered_on = '2042-01-05' WHERE external_number = 'Y-2041'");
        Assert.Equal(["cases_2042"], await Strings("SELECT tableoid::regclass::text FROM cases WHERE external_number = 'Y-2041'"));
    }

    [Fact]
    public async Task TheEmbeddedDatabaseHasNoPartitionsToAdd()
    {
        await using var app = new SqliteApp();
        await app.WithDbAsync(async db => Assert.Empty(await YearlyPartitions.EnsureThroughAsync(db, 2042)));
    }
}
