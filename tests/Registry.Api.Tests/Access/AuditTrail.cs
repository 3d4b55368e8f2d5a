using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Access;

/// <summary>Every mutation is recorded with who, what and the values before and after; nobody can edit the trail.</summary>
public abstract class AuditTrail(RegistryApp app)
{
    private const string Update = """
        mutation($input: UpdateCommitteeInput!) { updateCommittee(input: $input) { committee { name version } userErrors { field message code } } }
        """;

    [Fact]
    public async Task ChangesAreRecordedWithActorAndBeforeAndAfter()
    {
        var admin = app.As(Role.BureauAdmin, "5107");
        var created = await admin.Data("""
            mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { committee { id version } userErrors { message } } }
            """, new { input = Infrastructure.Roster.CommitteeInput("510703", "SUBDISTRICT", "2019-05-01", false, "审计测试街道人民调解委员会") });
        var id = created["createCommittee"]!["committee"]!["id"]!.GetValue<string>();
        await admin.Data(Update, new { input = new { committeeId = id, version = 1, name = "审计测试街道人民调解委员会（更名）" } });

        var log = await admin.Data("""
            query($id: ID!) { auditLog(entityId: $id) { totalCount nodes { actor role jurisdiction operation entityType regionCode before after } } }
            """, new { id });
        var entries = log["auditLog"]!["nodes"]!.AsArray();
        Assert.Equal(2, log["auditLog"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("createCommittee", entries[0]!["operation"]!.GetValue<string>());
        Assert.Null(entries[0]!["before"]);
        Assert.Equal("审计测试街道人民调解委员会", JsonDocument.Parse(entries[0]!["after"]!.GetValue<string>()).RootElement.GetProperty("name").GetString());
        var update = entries[1]!;
        Assert.Equal("updateCommittee", update["operation"]!.GetValue<string>());
        Assert.Equal("test-user", update["actor"]!.GetValue<string>());
        Assert.Equal("5107", update["jurisdiction"]!.GetValue<string>());
        Assert.Equal("510703", update["regionCode"]!.GetValue<string>());
        var before = JsonDocument.Parse(update["before"]!.GetValue<string>()).RootElement;
        var after = JsonDocument.Parse(update["after"]!.GetValue<string>()).RootElement;
        Assert.Equal("审计测试街道人民调解委员会", before.GetProperty("name").GetString());
        Assert.Equal("审计测试街道人民调解委员会（更名）", after.GetProperty("name").GetString());
        Assert.Equal(2, after.GetProperty("version").GetInt32());
        Assert.False(after.TryGetProperty("kind", out _)); // unchanged fields are left out

        // Another prefecture's bureau does not see this trail.
        var other = await app.As(Role.BureauAdmin, "13").Data("query($id: ID!) { auditLog(entityId: $id) { totalCount } }", new { id });
        Assert.Equal(0, other["auditLog"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheTrailCannotBeEditedEvenInSql()
    {
        await new Infrastructure.Roster(app).Committee("510781", "MEDIATION_CENTER", name: "江油市人民调解中心（审计）");
        Assert.True(app.WithDb(db => db.AuditEntries.Any()));
        Assert.ThrowsAny<Exception>(() => app.WithDb(db => db.Database.ExecuteSqlRaw("UPDATE audit_entries SET actor = 'someone else'")));
        Assert.ThrowsAny<Exception>(() => app.WithDb(db => db.Database.ExecuteSqlRaw("DELETE FROM audit_entries")));
        Assert.False(app.WithDb(db => db.AuditEntries.Any(e => e.Actor == "someone else")));
        var sdl = await app.Data("{ __schema { mutationType { fields { name } } } }");
        Assert.DoesNotContain(sdl["__schema"]!["mutationType"]!["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>().Contains("udit"));
    }

    [Fact]
    public async Task AStaleUpdateGetsAConflictAndOverwritesNothing()
    {
        var id = await new Infrastructure.Roster(app).Committee("510726", "TOWNSHIP", name: "并发测试镇人民调解委员会");
        var first = await app.Data(Update, new { input = new { committeeId = id, version = 1, name = "甲的改名" } });
        Assert.Equal(2, first["updateCommittee"]!["committee"]!["version"]!.GetValue<int>());

        var stale = await app.Data(Update, new { input = new { committeeId = id, version = 1, name = "乙的改名" } });
        var error = Assert.Single(stale["updateCommittee"]!["userErrors"]!.AsArray())!;
        Assert.Equal("CONFLICT", error["code"]!.GetValue<string>());
        Assert.Equal("version", error["field"]![0]!.GetValue<string>());
        Assert.Equal("甲的改名", app.WithDb(db => db.Committees.Single(c => c.Name.Contains("改名")).Name));
    }
}

public sealed class SqliteAuditTrail(SqliteApp app) : AuditTrail(app), IClassFixture<SqliteApp>;

public sealed class PostgresAuditTrail(PostgresApp app) : AuditTrail(app), IClassFixture<PostgresApp>;
