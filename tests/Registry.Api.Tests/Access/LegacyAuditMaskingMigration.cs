using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;
using Registry.Domain.Auditing;
using Registry.Domain.Common;

namespace Registry.Api.Tests.Access;

/// <summary>
/// Audit entries written while personal data went into the trail raw are masked by the MaskLegacyAuditPersonalData
/// migration, with the same masks as the service, and the trail is append-only again afterwards.
/// </summary>
public abstract class LegacyAuditMaskingMigration
{
    private const string Before = "MediatorRegisteringRegion";

    protected abstract Task<RegistryDbContext> NewDatabaseAsync();

    [Fact]
    public async Task OldEntriesKeepOnlyMasksAndTheTrailStaysAppendOnly()
    {
        await using var db = await NewDatabaseAsync();
        await db.GetService<IMigrator>().MigrateAsync(Before);
        var at = new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        db.AuditEntries.AddRange(
            AuditEntry.Record(at, "old", "BUREAU_ADMIN", "220202", "registerMediator", "Mediator", "m-1", "220202", null,
                """{"id":1,"name":"旧调解员","idNumber":"11010519491231002X","phone":"13800138000","birthDate":"1949-12-31"}"""),
            AuditEntry.Record(at, "old", "BUREAU_ADMIN", "220202", "updateMediator", "Mediator", "m-1", "220202",
                """{"phone":"13800138000","version":1}""", """{"phone":"13900139000","version":2}"""),
            AuditEntry.Record(at, "old", "BUREAU_ADMIN", "220202", "updateCommittee", "Committee", "c-1", "220202",
                """{"name":"13800138000号调委会"}""", """{"name":"新名"}"""));
        await db.SaveChangesAsync();

        await db.Database.MigrateAsync();

        var entries = db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToList();
        var created = JsonDocument.Parse(entries[0].After!).RootElement;
        Assert.Equal(PersonalDataMask.Apply(PersonalDataKind.IdNumber, "11010519491231002X"), created.GetProperty("idNumber").GetProperty("masked").GetString());
        Assert.Equal("110105********002X", created.GetProperty("idNumber").GetProperty("masked").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("idNumber").GetProperty("fingerprint").ValueKind);
        Assert.Equal("138****8000", created.GetProperty("phone").GetProperty("masked").GetString());
        Assert.Equal("***", created.GetProperty("birthDate").GetProperty("masked").GetString());
        Assert.Equal("旧调解员", created.GetProperty("name").GetString());
        Assert.Equal("138****8000", JsonDocument.Parse(entries[1].Before!).RootElement.GetProperty("phone").GetProperty("masked").GetString());
        Assert.Equal("139****9000", JsonDocument.Parse(entries[1].After!).RootElement.GetProperty("phone").GetProperty("masked").GetString());
        Assert.Equal(2, JsonDocument.Parse(entries[1].After!).RootElement.GetProperty("version").GetInt32());
        foreach (var text in entries.Take(2).SelectMany(e => new[] { e.Before, e.After }).OfType<string>())
            foreach (var raw in new[] { "11010519491231002X", "13800138000", "13900139000", "1949-12-31" })
                Assert.DoesNotContain(raw, text);
        Assert.Equal("""{"name":"13800138000号调委会"}""", entries[2].Before); // a committee has no personal fields

        Assert.ThrowsAny<Exception>(() => db.Database.ExecuteSqlRaw("UPDATE audit_entries SET actor = 'someone else'"));
    }
}

public sealed class SqliteLegacyAuditMaskingMigration : LegacyAuditMaskingMigration
{
    protected override Task<RegistryDbContext> NewDatabaseAsync()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("registry-masking-").FullName, "registry.db");
        return Task.FromResult<RegistryDbContext>(new SqliteRegistryDbContext(RegistryDatabase.Configure(
            new DbContextOptionsBuilder<SqliteRegistryDbContext>(), DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False").Options));
    }
}

public sealed class PostgresLegacyAuditMaskingMigration : LegacyAuditMaskingMigration
{
    protected override async Task<RegistryDbContext> NewDatabaseAsync() =>
        new PostgresRegistryDbContext(RegistryDatabase.Configure(new DbContextOptionsBuilder<PostgresRegistryDbContext>(),
            DatabaseProvider.Postgres, await PostgresServer.Instance.CreateDatabaseAsync("registry_masking")).Options);
}
