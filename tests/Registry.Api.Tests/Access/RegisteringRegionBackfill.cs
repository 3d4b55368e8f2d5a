using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;
using Registry.Domain.Auditing;

namespace Registry.Api.Tests.Access;

/// <summary>
/// The MediatorRegisteringRegion migration gives mediators registered before it the jurisdiction that registered them,
/// from the registerMediator entries of the audit trail: a database is migrated to the migration before it, given
/// mediators and audit entries as the service wrote them then, and migrated to the end.
/// </summary>
public abstract class RegisteringRegionBackfill
{
    private const string Before = "TrainingCredits";

    protected abstract Task<RegistryDbContext> NewDatabaseAsync();

    [Fact]
    public async Task MigrationTakesTheRegisteringJurisdictionFromTheAuditTrail()
    {
        await using var db = await NewDatabaseAsync();
        await db.GetService<IMigrator>().MigrateAsync(Before);
        var (county, ministry, seeded, edited) =
            (await PersonAsync(db, "县局登记"), await PersonAsync(db, "部里登记"), await PersonAsync(db, "种子数据"), await PersonAsync(db, "只改过"));
        var at = new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        db.AuditEntries.AddRange(
            Entry(at, "220202", "registerMediator", county, $$"""{"id":{{county}},"name":"县局登记"}"""),
            Entry(at, "CN", "registerMediator", ministry, $$"""{"id":{{ministry}},"name":"部里登记"}"""),
            Entry(at, "13", "updateMediator", edited, $$"""{"id":{{edited}},"phone":"13800138000"}"""),
            Entry(at, "220203", "createCommittee", seeded, $$"""{"id":{{seeded}},"name":"同号的委员会"}"""));
        await db.SaveChangesAsync();

        await db.Database.MigrateAsync();

        var regions = db.Mediators.AsNoTracking().ToDictionary(m => m.Id, m => m.RegisteringRegionCode);
        Assert.Equal("220202", regions[county]);
        Assert.Null(regions[ministry]); // nationwide: only CN staff cover them until appointed
        Assert.Null(regions[seeded]);   // an entry of another type with the same ID does not count
        Assert.Null(regions[edited]);   // nor an update
    }

    private static AuditEntry Entry(DateTime at, string jurisdiction, string operation, long id, string after) =>
        AuditEntry.Record(at, "migration-test", "BUREAU_ADMIN", jurisdiction, operation,
            operation == "createCommittee" ? "Committee" : "Mediator", $"id-{operation}-{id}", jurisdiction, null, after);

    /// <summary>A mediator as the schema of <see cref="Before"/> holds them, written in SQL (the model has a column more).</summary>
    private static async Task<long> PersonAsync(RegistryDbContext db, string name)
    {
        var person = Infrastructure.Roster.NewPerson();
        var birth = DateOnly.ParseExact(person.BirthDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var idNumber = person.IdNumber;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO mediators (name, gender, birth_date, id_number, background, version)
            VALUES ({name}, 'Male', {birth}, {idNumber}, 'None', 1)
            """);
        return await db.Database.SqlQuery<long>($"SELECT id AS \"Value\" FROM mediators WHERE id_number = {idNumber}").SingleAsync();
    }
}

public sealed class SqliteRegisteringRegionBackfill : RegisteringRegionBackfill
{
    protected override Task<RegistryDbContext> NewDatabaseAsync()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("registry-backfill-").FullName, "registry.db");
        return Task.FromResult<RegistryDbContext>(new SqliteRegistryDbContext(RegistryDatabase.Configure(
            new DbContextOptionsBuilder<SqliteRegistryDbContext>(), DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False").Options));
    }
}

public sealed class PostgresRegisteringRegionBackfill : RegisteringRegionBackfill
{
    protected override async Task<RegistryDbContext> NewDatabaseAsync() =>
        new PostgresRegistryDbContext(RegistryDatabase.Configure(new DbContextOptionsBuilder<PostgresRegistryDbContext>(),
            DatabaseProvider.Postgres, await PostgresServer.Instance.CreateDatabaseAsync("registry_backfill")).Options);
}
