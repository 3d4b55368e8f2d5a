using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Access;

/// <summary>
/// A mediator registered by a bureau belongs to that bureau's region until appointed elsewhere: its staff see their
/// personal data whole and may correct it; once the mediator is appointed in another region, that region's bureau does.
/// </summary>
public abstract class RegisteringRegionAccess(RegistryApp app)
{
    private const string Register = """
        mutation($input: RegisterMediatorInput!) {
          registerMediator(input: $input) { mediator { id registeringRegionCode } userErrors { field message code } } }
        """;
    private const string Read = "query($id: ID!) { node(id: $id) { ... on Mediator { idNumber phone } } }";
    private const string Update = """
        mutation($input: UpdateMediatorInput!) { updateMediator(input: $input) { mediator { phone } userErrors { field message code } } }
        """;

    private static object Input(string name, string? registeringRegionCode = null)
    {
        var person = Infrastructure.Roster.NewPerson();
        return new
        {
            input = new { name, gender = person.Gender, birthDate = person.BirthDate, idNumber = person.IdNumber, phone = "13800138000", registeringRegionCode },
        };
    }

    private static async Task<(string Id, string? Region)> RegisterAsync(ApiSession session, object input)
    {
        var payload = (await session.Data(Register, input))["registerMediator"]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
        return (payload["mediator"]!["id"]!.GetValue<string>(), payload["mediator"]!["registeringRegionCode"]?.GetValue<string>());
    }

    private static async Task<string?> IdNumberSeenBy(ApiSession session, string id) =>
        (await session.Data(Read, new { id }))["node"]!["idNumber"]?.GetValue<string>();

    private static async Task<JsonArray> UpdatePhone(ApiSession session, string id, int version, string phone) =>
        (await session.Data(Update, new { input = new { mediatorId = id, version, phone } }))["updateMediator"]!["userErrors"]!.AsArray();

    [Fact]
    public async Task TheRegisteringBureauCoversTheMediatorUntilTheyAreAppointedElsewhere()
    {
        var changyi = app.As(Role.BureauAdmin, "220202");
        var longtan = app.As(Role.BureauAdmin, "220203");
        var (id, region) = await RegisterAsync(changyi, Input("登记地调解员"));
        Assert.Equal("220202", region);
        var idNumber = app.WithDb(db => db.Mediators.Single(m => m.Name == "登记地调解员").IdNumber);

        Assert.Equal(idNumber, await IdNumberSeenBy(changyi, id));
        Assert.Equal(idNumber, await IdNumberSeenBy(app.As(Role.BureauAdmin, "2202"), id));
        Assert.Equal(idNumber[..6] + "********" + idNumber[14..], await IdNumberSeenBy(longtan, id));
        var refused = Assert.Single(await UpdatePhone(longtan, id, 1, "13900139000"))!;
        Assert.Equal(("mediatorId", "FORBIDDEN"), (refused["field"]![0]!.GetValue<string>(), refused["code"]!.GetValue<string>()));
        Assert.Empty(await UpdatePhone(changyi, id, 1, "13900139000"));

        // Appointed in 长安区 (130102): from now on 长安 covers them and 昌邑 no longer does.
        var roster = new Infrastructure.Roster(app);
        await roster.Appoint(id, await roster.Committee("130102", "MEDIATION_CENTER", name: "登记地测试长安调委会"), "PART_TIME");
        Assert.Contains("********", await IdNumberSeenBy(changyi, id));
        Assert.Equal(idNumber, await IdNumberSeenBy(app.As(Role.BureauAdmin, "130102"), id));
        Assert.Equal("FORBIDDEN", (await UpdatePhone(changyi, id, 2, "13700137000"))[0]!["code"]!.GetValue<string>());
        Assert.Equal("13900139000", app.WithDb(db => db.Mediators.Single(m => m.Name == "登记地调解员").Phone));
    }

    [Fact]
    public async Task NationwideStaffNameTheRegionOrRegisterNationwide()
    {
        var (named, region) = await RegisterAsync(app.Admin, Input("部登记县调解员", "220204"));
        Assert.Equal("220204", region);
        Assert.DoesNotContain("*", await IdNumberSeenBy(app.As(Role.BureauAdmin, "220204"), named));

        var (nationwide, none) = await RegisterAsync(app.Admin, Input("部登记全国调解员"));
        Assert.Null(none);
        Assert.Contains("********", await IdNumberSeenBy(app.As(Role.BureauAdmin, "22"), nationwide));
        Assert.DoesNotContain("*", await IdNumberSeenBy(app.Admin, nationwide));
    }

    [Fact]
    public async Task ABureauCannotRegisterIntoAnotherJurisdiction()
    {
        var payload = (await app.As(Role.BureauAdmin, "220202").Data(Register, Input("越权登记调解员", "13")))["registerMediator"]!;
        var error = Assert.Single(payload["userErrors"]!.AsArray())!;
        Assert.Equal(("registeringRegionCode", "FORBIDDEN"), (error["field"]![0]!.GetValue<string>(), error["code"]!.GetValue<string>()));
        Assert.False(app.WithDb(db => db.Mediators.Any(m => m.Name == "越权登记调解员")));
    }
}

public sealed class SqliteRegisteringRegionAccess(SqliteApp app) : RegisteringRegionAccess(app), IClassFixture<SqliteApp>;

public sealed class PostgresRegisteringRegionAccess(PostgresApp app) : RegisteringRegionAccess(app), IClassFixture<PostgresApp>;
