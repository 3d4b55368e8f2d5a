using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Access;

/// <summary>
/// ID numbers, phones and birth dates reach the audit trail only masked, beside a keyed fingerprint: a change still
/// shows (before ≠ after) but the raw value never does. Read straight from the table, in SQL.
/// </summary>
public abstract class AuditPersonalData(RegistryApp app)
{
    private const string Register = """
        mutation($input: RegisterMediatorInput!) { registerMediator(input: $input) { mediator { id } userErrors { field message } } }
        """;
    private const string Update = """
        mutation($input: UpdateMediatorInput!) { updateMediator(input: $input) { mediator { version } userErrors { field message } } }
        """;

    [Fact]
    public async Task TheTrailHoldsMasksAndFingerprintsNeverTheRawValues()
    {
        var admin = app.As(Role.BureauAdmin, "220202");
        var first = Infrastructure.Roster.NewPerson();
        var second = Infrastructure.Roster.NewPerson();
        var registered = await admin.Data(Register, new
        {
            input = new { name = "审计隐私调解员", gender = first.Gender, birthDate = first.BirthDate, idNumber = first.IdNumber, phone = "13800138000" },
        });
        var id = registered["registerMediator"]!["mediator"]!["id"]!.GetValue<string>();
        var updated = await admin.Data(Update, new
        {
            input = new { mediatorId = id, version = 1, idNumber = second.IdNumber, birthDate = second.BirthDate, phone = "13900139000" },
        });
        Assert.Empty(updated["updateMediator"]!["userErrors"]!.AsArray());

        var rows = new List<AuditRow>();
        await app.WithDbAsync(async db => rows = await db.Database
            .SqlQuery<AuditRow>($"SELECT operation AS \"Operation\", before AS \"Before\", after AS \"After\" FROM audit_entries WHERE entity_id = {id} ORDER BY id")
            .ToListAsync());
        Assert.Equal(["registerMediator", "updateMediator"], rows.Select(r => r.Operation));
        foreach (var text in rows.SelectMany(r => new[] { r.Before, r.After }).OfType<string>())
            foreach (var raw in new[] { first.IdNumber, second.IdNumber, "13800138000", "13900139000", first.BirthDate, second.BirthDate })
                Assert.DoesNotContain(raw, text);

        var created = JsonDocument.Parse(rows[0].After!).RootElement;
        Assert.Equal("138****8000", created.GetProperty("phone").GetProperty("masked").GetString());
        Assert.Equal(Hmac("audit:Mediator.phone:13800138000"), created.GetProperty("phone").GetProperty("fingerprint").GetString());
        Assert.Equal(first.IdNumber[..6] + "********" + first.IdNumber[14..], created.GetProperty("idNumber").GetProperty("masked").GetString());
        Assert.Equal("审计隐私调解员", created.GetProperty("name").GetString()); // not personal: kept as it was

        var before = JsonDocument.Parse(rows[1].Before!).RootElement;
        var after = JsonDocument.Parse(rows[1].After!).RootElement;
        foreach (var field in new[] { "idNumber", "phone", "birthDate" })
            Assert.NotEqual(before.GetProperty(field).GetProperty("fingerprint").GetString(), after.GetProperty(field).GetProperty("fingerprint").GetString());
        Assert.Equal("139****9000", after.GetProperty("phone").GetProperty("masked").GetString());
        Assert.Equal("***", after.GetProperty("birthDate").GetProperty("masked").GetString());
        Assert.Equal(Hmac("audit:Mediator.idNumber:" + second.IdNumber), after.GetProperty("idNumber").GetProperty("fingerprint").GetString());
    }

    /// <summary>HMAC-SHA256 under the test host's Cases:PartyHashKey, worked out here independently of the service.</summary>
    private static string Hmac(string text) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(RegistryApp.PartyHashKey), Encoding.UTF8.GetBytes(text)));

    private sealed class AuditRow
    {
        public string Operation { get; set; } = "";
        public string? Before { get; set; }
        public string? After { get; set; }
    }
}

public sealed class SqliteAuditPersonalData(SqliteApp app) : AuditPersonalData(app), IClassFixture<SqliteApp>;

public sealed class PostgresAuditPersonalData(PostgresApp app) : AuditPersonalData(app), IClassFixture<PostgresApp>;
