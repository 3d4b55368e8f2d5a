using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;

namespace Registry.Api.Tests.Roster;

/// <summary>Bad input is refused with an error that names the field, and nothing is written.</summary>
public abstract class RosterInputValidation(RegistryApp app)
{
    private readonly Infrastructure.Roster roster = new(app);

    private const string RegisterMediator = """
        mutation($input: RegisterMediatorInput!) { registerMediator(input: $input) { mediator { id } userErrors { field message code } } }
        """;

    private const string CreateCommittee = """
        mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { committee { id } userErrors { field message code } } }
        """;

    private const string Appoint = """
        mutation($input: AppointMediatorInput!) { appointMediator(input: $input) { appointment { id } userErrors { field message code } } }
        """;

    private int Mediators() => app.WithDb(db => db.Mediators.Count());
    private int Committees() => app.WithDb(db => db.Committees.Count());
    private int Appointments() => app.WithDb(db => db.Appointments.Count());

    private static JsonObject SingleError(JsonObject data, string mutation)
    {
        var payload = data[mutation]!;
        Assert.Null(payload.AsObject().First(p => p.Key != "userErrors").Value);
        return Assert.Single(payload["userErrors"]!.AsArray())!.AsObject();
    }

    private static void AssertField(JsonObject error, string field, string code)
    {
        Assert.Equal(field, string.Join('.', error["field"]!.AsArray().Select(f => f!.GetValue<string>())));
        Assert.Equal(code, error["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task InvalidIdNumberIsRefusedByFieldAndNothingIsWritten()
    {
        var before = Mediators();
        var person = Infrastructure.Roster.NewPerson();
        var badChecksum = person.IdNumber[..17] + (person.IdNumber[17] == '0' ? '1' : '0');
        var data = await app.Data(RegisterMediator, new { input = new { name = "李四", gender = person.Gender, birthDate = person.BirthDate, idNumber = badChecksum } });
        var error = SingleError(data, "registerMediator");
        AssertField(error, "idNumber", "INVALID");
        Assert.Contains("checksum", error["message"]!.GetValue<string>());
        Assert.Equal(before, Mediators());
    }

    [Fact]
    public async Task BirthDateThatDisagreesWithTheIdNumberIsRefused()
    {
        var person = Infrastructure.Roster.NewPerson();
        var data = await app.Data(RegisterMediator, new { input = new { name = "王五", gender = person.Gender, birthDate = "1999-09-09", idNumber = person.IdNumber } });
        AssertField(SingleError(data, "registerMediator"), "birthDate", "CONFLICT");
    }

    [Fact]
    public async Task SecondMediatorWithTheSameIdNumberIsRefused()
    {
        var person = Infrastructure.Roster.NewPerson(male: false);
        var input = new { name = "赵六", gender = person.Gender, birthDate = person.BirthDate, idNumber = person.IdNumber };
        var first = await app.Data(RegisterMediator, new { input });
        Assert.Empty(first["registerMediator"]!["userErrors"]!.AsArray());
        var before = Mediators();
        var second = await app.Data(RegisterMediator, new { input = input with { idNumber = person.IdNumber.ToLowerInvariant() } });
        AssertField(SingleError(second, "registerMediator"), "idNumber", "DUPLICATE");
        Assert.Equal(before, Mediators());
    }

    [Fact]
    public async Task EmptyNameIsRefused()
    {
        var before = Committees();
        var data = await app.Data(CreateCommittee, new { input = Infrastructure.Roster.CommitteeInput("419001001", "TOWNSHIP", "2015-01-01", false, "   ") });
        AssertField(SingleError(data, "createCommittee"), "name", "REQUIRED");
        Assert.Equal(before, Committees());
    }

    [Theory]
    [InlineData("999999", "NOT_FOUND")]
    [InlineData("41900", "INVALID")]
    public async Task UnknownOrMalformedRegionCodeIsRefused(string regionCode, string code)
    {
        var before = Committees();
        var data = await app.Data(CreateCommittee, new { input = Infrastructure.Roster.CommitteeInput(regionCode, "VILLAGE", "2015-01-01", false, "某村人民调解委员会") });
        AssertField(SingleError(data, "createCommittee"), "regionCode", code);
        Assert.Equal(before, Committees());
    }

    [Fact]
    public async Task IndustryCommitteeWithoutSectorIsRefused()
    {
        var input = Infrastructure.Roster.CommitteeInput("5107", "INDUSTRY_PROFESSIONAL", "2015-01-01", false, "绵阳市医疗纠纷人民调解委员会");
        input.Remove("sector");
        var data = await app.Data(CreateCommittee, new { input });
        AssertField(SingleError(data, "createCommittee"), "sector", "REQUIRED");
    }

    [Fact]
    public async Task SecondFullTimeAppointmentOnTheSameDatesIsRefused()
    {
        var first = await roster.Committee("419001001");
        var second = await roster.Committee("419001002");
        var mediator = await roster.Mediator();
        await roster.Appoint(mediator, first, "FULL_TIME", "2020-01-01");
        var before = Appointments();

        var data = await app.Data(Appoint, new { input = new { mediatorId = mediator, committeeId = second, role = "MEMBER", employment = "FULL_TIME", startDate = "2021-06-01" } });
        AssertField(SingleError(data, "appointMediator"), "employment", "CONFLICT");
        Assert.Equal(before, Appointments());

        // Part-time elsewhere on the same dates is allowed.
        await roster.Appoint(mediator, second, "PART_TIME", "2021-06-01");
        Assert.Equal(before + 1, Appointments());
    }

    [Fact]
    public async Task EndDateBeforeStartDateIsRefused()
    {
        var committee = await roster.Committee("419001003");
        var mediator = await roster.Mediator();
        var appointment = await roster.Appoint(mediator, committee, "PART_TIME", "2020-03-01");
        var data = await app.Data("""
            mutation($input: EndAppointmentInput!) { endAppointment(input: $input) { appointment { id endDate } userErrors { field message code } } }
            """, new { input = new { appointmentId = appointment, endDate = "2020-02-28" } });
        AssertField(SingleError(data, "endAppointment"), "endDate", "OUT_OF_RANGE");
        Assert.True(app.WithDb(db => db.Appointments.All(a => a.EndDate == null)));
    }

    [Theory]
    [InlineData("not-a-global-id", "INVALID")]
    [InlineData("Q29tbWl0dGVlOjk5OTk5OTk", "NOT_FOUND")] // Committee:9999999
    public async Task MalformedOrUnknownCommitteeIdIsRefused(string committeeId, string code)
    {
        var mediator = await roster.Mediator();
        var before = Appointments();
        var data = await app.Data(Appoint, new { input = new { mediatorId = mediator, committeeId, role = "MEMBER", employment = "PART_TIME", startDate = "2021-01-01" } });
        AssertField(SingleError(data, "appointMediator"), "committeeId", code);
        Assert.Equal(before, Appointments());
    }

    [Fact]
    public async Task MediatorIdPassedAsCommitteeIdIsRefused()
    {
        var mediator = await roster.Mediator();
        var data = await app.Data(Appoint, new { input = new { mediatorId = mediator, committeeId = mediator, role = "MEMBER", employment = "PART_TIME", startDate = "2021-01-01" } });
        AssertField(SingleError(data, "appointMediator"), "committeeId", "INVALID");
    }

    [Fact]
    public async Task FirstAboveOneHundredIsAnErrorNamingFirst()
    {
        var response = await app.GraphQL("{ committees(first: 500) { totalCount } }");
        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.StartsWith("first:", error["message"]!.GetValue<string>());
        Assert.Equal("first", error["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownRegionCodeInAQueryIsAnErrorNamingTheArgument()
    {
        var response = await app.GraphQL("""{ committees(regionCode: "999999") { totalCount } }""");
        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal("regionCode", error["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task MalformedNodeIdIsAnErrorAndUnknownOneIsNull()
    {
        var malformed = await app.GraphQL("""{ node(id: "@@@") { id } }""");
        Assert.Equal("id", malformed["errors"]![0]!["extensions"]!["field"]!.GetValue<string>());

        var unknown = await app.GraphQL("""{ node(id: "Q29tbWl0dGVlOjk5OTk5OTk") { id } }""");
        Assert.Null(unknown["data"]!["node"]);
        Assert.Equal("NOT_FOUND", unknown["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}

public sealed class SqliteRosterInputValidation(SqliteApp app) : RosterInputValidation(app), IClassFixture<SqliteApp>;

public sealed class PostgresRosterInputValidation(PostgresApp app) : RosterInputValidation(app), IClassFixture<PostgresApp>;
