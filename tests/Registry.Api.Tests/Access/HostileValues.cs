using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Mediators;

namespace Registry.Api.Tests.Access;

/// <summary>
/// Values that make no sense are refused, on both databases alike, with an error naming the field and nothing written:
/// control characters and bidi overrides in names, names of invisible characters, dates outside what the registry
/// records, a mediator who would be a child, an ID number whose address is no province.
/// </summary>
public abstract class HostileValues(RegistryApp app)
{
    private const string Register = """
        mutation($input: RegisterMediatorInput!) { registerMediator(input: $input) { mediator { id } userErrors { field message code } } }
        """;
    private const string Create = """
        mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { committee { id } userErrors { field message code } } }
        """;

    private int Mediators() => app.WithDb(db => db.Mediators.Count());
    private int Committees() => app.WithDb(db => db.Committees.Count());

    private static string OnlyError(JsonObject data, string mutation)
    {
        var error = Assert.Single(data[mutation]!["userErrors"]!.AsArray())!;
        return $"{string.Join('.', error["field"]!.AsArray().Select(f => f!.GetValue<string>()))}:{error["code"]}";
    }

    private static object Person(string name, DateOnly birth, string address = "110105") => new
    {
        name, gender = "FEMALE", birthDate = birth.ToString("yyyy-MM-dd"),
        idNumber = ResidentIdNumber.Compose(address, birth, 7, Gender.Female),
    };

    [Theory]
    [InlineData("王\u202E芳")]
    [InlineData("王\u2066芳")]
    [InlineData("王\u001B芳")]
    [InlineData("王\b芳")]
    [InlineData("\u200B\u200B\u200B")]
    [InlineData("\u3164")]
    public async Task AMediatorNameThatIsNoPlainTextIsRefusedByName(string name)
    {
        var before = Mediators();
        var data = await app.Data(Register, new { input = Person(name, new DateOnly(1980, 5, 1)) });
        Assert.Equal("name:INVALID", OnlyError(data, "registerMediator"));
        Assert.Equal(before, Mediators());
    }

    [Fact]
    public async Task NulInAnyTextArgumentIsRefusedBeforeItReachesTheDatabase()
    {
        var before = Mediators();
        var sent = await app.GraphQL(Register, new { input = Person("王\0芳", new DateOnly(1980, 5, 1)) });
        Assert.Null(sent["data"]);
        Assert.Equal("INVALID_TEXT", sent["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.StartsWith("$input.name: the text holds the NUL character", sent["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(before, Mediators());
        var search = await app.GraphQL("query($s: String) { committees(search: $s) { totalCount } mediators(search: $s) { totalCount } }", new { s = "村\0" });
        Assert.Equal("INVALID_TEXT", search["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var literal = await app.GraphQL("{ committees(search: \"村\\u0000\") { totalCount } }");
        Assert.Equal("search: the text holds the NUL character (U+0000), which no text in the registry may hold.", literal["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ACommitteeNamedWithABidiOverrideIsRefused()
    {
        var before = Committees();
        var input = Infrastructure.Roster.CommitteeInput("130102", "COMMUNITY", "2015-01-01", false, "‮会员委解调民人");
        Assert.Equal("name:INVALID", OnlyError(await app.Data(Create, new { input }), "createCommittee"));
        Assert.Equal(before, Committees());
    }

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("1949-09-30")]
    [InlineData("2027-11-24")]
    [InlineData("2199-12-31")]
    public async Task ACommitteeEstablishedOutsideTheBoundsIsRefused(string establishedOn)
    {
        var before = Committees();
        var input = Infrastructure.Roster.CommitteeInput("130102", "COMMUNITY", establishedOn, false, "时间测试社区人民调解委员会");
        Assert.Equal("establishedOn:OUT_OF_RANGE", OnlyError(await app.Data(Create, new { input }), "createCommittee"));
        Assert.Equal(before, Committees());
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task ADateTheRegistryNeverRecordsIsRefusedAsTheArgumentsValue(string establishedOn)
    {
        var input = Infrastructure.Roster.CommitteeInput("130102", "COMMUNITY", establishedOn, false, "时间测试社区人民调解委员会");
        var response = await app.GraphQL(Create, new { input });
        Assert.Null(response["data"]);
        Assert.StartsWith("Variable '$input.establishedOn' is invalid.", response["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task AChildIsNotRegisteredAsAMediator()
    {
        var before = Mediators();
        var data = await app.Data(Register, new { input = Person("李小明", new DateOnly(2015, 3, 1)) });
        Assert.Equal("birthDate:OUT_OF_RANGE", OnlyError(data, "registerMediator"));
        Assert.Equal(before, Mediators());
    }

    [Fact]
    public async Task AMediatorIsNotAppointedBeforeTheirEighteenthBirthday()
    {
        // 18 on the test's today (2026-11-22), so registered; but not on 2020-01-01.
        var registered = await app.Data(Register, new { input = Person("刘青", new DateOnly(2008, 11, 22)) });
        Assert.Empty(registered["registerMediator"]!["userErrors"]!.AsArray());
        var mediator = registered["registerMediator"]!["mediator"]!["id"]!.GetValue<string>();
        var committee = await new Infrastructure.Roster(app).Committee("130102", "COMMUNITY");
        var data = await app.Data("""
            mutation($input: AppointMediatorInput!) { appointMediator(input: $input) { appointment { id } userErrors { field message code } } }
            """, new { input = new { mediatorId = mediator, committeeId = committee, role = "MEMBER", employment = "PART_TIME", startDate = "2020-01-01" } });
        Assert.Equal("startDate:OUT_OF_RANGE", OnlyError(data, "appointMediator"));
        Assert.Equal(0, app.WithDb(db => db.Appointments.Count(a => a.StartDate == new DateOnly(2020, 1, 1))));
    }

    [Theory]
    [InlineData("000000")]
    [InlineData("990101")]
    public async Task AnIdNumberWhoseAddressIsNoProvinceIsRefused(string address)
    {
        var before = Mediators();
        var data = await app.Data(Register, new { input = Person("赵敏", new DateOnly(1980, 5, 1), address) });
        Assert.Equal("idNumber:INVALID", OnlyError(data, "registerMediator"));
        Assert.Contains("province", data["registerMediator"]!["userErrors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(before, Mediators());
    }

    [Fact]
    public async Task ACsvSheetHoldingNulIsRefusedAsNoTextSheet()
    {
        using var client = app.Admin.Client();
        using var response = await client.PostAsync("/imports/cases?sourcePlatform=nul",
            new StringContent("externalNumber,committeeId,category,difficulty,leadMediatorId,receivedOn\nA\0,x,NEIGHBOURS,SIMPLE,y,2026-01-05\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("NUL characters", await response.Content.ReadAsStringAsync());
        using var platform = await client.PostAsync("/imports/cases?sourcePlatform=%E2%80%AEx",
            new StringContent("externalNumber\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, platform.StatusCode);
        Assert.Contains("sourcePlatform", await platform.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteHostileValues(SqliteApp app) : HostileValues(app), IClassFixture<SqliteApp>;

public sealed class PostgresHostileValues(PostgresApp app) : HostileValues(app), IClassFixture<PostgresApp>;
