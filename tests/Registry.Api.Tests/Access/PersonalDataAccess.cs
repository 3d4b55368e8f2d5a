using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Access;

/// <summary>ID numbers, phones and birth dates: whole and audited for the covering bureau, masked for others, never public.</summary>
public abstract class PersonalDataAccess(RegistryApp app)
{
    private const string Query = "query($id: ID!) { node(id: $id) { ... on Mediator { name idNumber phone birthDate } } }";

    [Fact]
    public async Task OnlyTheCoveringBureauAdminSeesItWholeAndEveryReadIsAudited()
    {
        var roster = new Infrastructure.Roster(app);
        var committee = await roster.Committee("150626102", "TOWNSHIP");
        var mediator = await roster.Mediator("乌审调解员");
        await roster.Appoint(mediator, committee, "FULL_TIME");
        var idNumber = app.WithDb(db => db.Mediators.Single(m => m.Name == "乌审调解员").IdNumber);

        var covering = (await app.As(Role.BureauAdmin, "1506").Data(Query, new { id = mediator }))["node"]!;
        Assert.Equal(idNumber, covering["idNumber"]!.GetValue<string>());
        Assert.Equal("13800138000", covering["phone"]!.GetValue<string>());
        Assert.NotNull(covering["birthDate"]);

        var otherBureau = (await app.As(Role.BureauAdmin, "13").Data(Query, new { id = mediator }))["node"]!;
        Assert.Equal(idNumber[..6] + "********" + idNumber[14..], otherBureau["idNumber"]!.GetValue<string>());
        Assert.Equal("138****8000", otherBureau["phone"]!.GetValue<string>());
        Assert.Null(otherBureau["birthDate"]);

        var viewer = (await app.As(Role.Viewer, "150626").Data(Query, new { id = mediator }))["node"]!;
        Assert.Contains("********", viewer["idNumber"]!.GetValue<string>());

        var anonymous = (await app.Anonymous.Data(Query, new { id = mediator }))["node"]!;
        Assert.Equal("乌审调解员", anonymous["name"]!.GetValue<string>());
        Assert.Null(anonymous["idNumber"]);
        Assert.Null(anonymous["phone"]);
        Assert.Null(anonymous["birthDate"]);

        var reads = app.WithDb(db => db.AuditEntries.Where(e => e.Operation == "readPersonalData" && e.EntityId == mediator).ToList());
        var read = Assert.Single(reads);
        Assert.Equal("1506", read.Jurisdiction);
        Assert.Equal("BUREAU_ADMIN", read.Role);
    }
}

public sealed class SqlitePersonalDataAccess(SqliteApp app) : PersonalDataAccess(app), IClassFixture<SqliteApp>;

public sealed class PostgresPersonalDataAccess(PostgresApp app) : PersonalDataAccess(app), IClassFixture<PostgresApp>;
