using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Access;

/// <summary>Role × jurisdiction × operation: who may do what where, answered with the right error when not.</summary>
public abstract class AccessMatrix(RegistryApp app)
{
    public enum Outcome { Allowed, Forbidden, Unauthenticated }

    public static TheoryData<string, string?, string, Outcome> Cases()
    {
        var data = new TheoryData<string, string?, string, Outcome>();
        // Writing the roster of Jiyuan (419001, inside Henan 41).
        foreach (var (role, jurisdiction, outcome) in new (string, string?, Outcome)[]
                 {
                     ("BUREAU_ADMIN", "419001", Outcome.Allowed), ("BUREAU_ADMIN", "41", Outcome.Allowed), ("BUREAU_ADMIN", "CN", Outcome.Allowed),
                     ("BUREAU_ADMIN", "13", Outcome.Forbidden), ("BUREAU_ADMIN", "419001001", Outcome.Allowed), ("BUREAU_ADMIN", "419001002", Outcome.Forbidden),
                     ("TRAINING_ORGANISER", "419001", Outcome.Forbidden), ("FINANCE_CLERK", "419001", Outcome.Forbidden),
                     ("FINANCE_APPROVER", "419001", Outcome.Forbidden), ("VIEWER", "419001", Outcome.Forbidden),
                     ("ANONYMOUS", null, Outcome.Unauthenticated),
                 })
            data.Add(role, jurisdiction, "createCommittee", outcome);
        // Reading the committees of Jiyuan: the public directory, the same for everyone wherever they work.
        foreach (var (role, jurisdiction, outcome) in new (string, string?, Outcome)[]
                 {
                     ("ANONYMOUS", null, Outcome.Allowed), ("VIEWER", "419001", Outcome.Allowed), ("VIEWER", "41", Outcome.Allowed),
                     ("VIEWER", "13", Outcome.Allowed), ("FINANCE_CLERK", "5107", Outcome.Allowed), ("BUREAU_ADMIN", "419001001", Outcome.Allowed),
                 })
            data.Add(role, jurisdiction, "listCommittees", outcome);
        // Reading Jiyuan's staffing report: only inside the jurisdiction; a township's staff asking for the whole city are
        // refused, not answered for their township.
        foreach (var (role, jurisdiction, outcome) in new (string, string?, Outcome)[]
                 {
                     ("VIEWER", "419001", Outcome.Allowed), ("VIEWER", "41", Outcome.Allowed), ("FINANCE_APPROVER", "CN", Outcome.Allowed),
                     ("VIEWER", "13", Outcome.Forbidden), ("BUREAU_ADMIN", "419001001", Outcome.Forbidden), ("ANONYMOUS", null, Outcome.Unauthenticated),
                 })
            data.Add(role, jurisdiction, "staffingCompliance", outcome);
        // Reading the audit trail.
        foreach (var (role, jurisdiction, outcome) in new (string, string?, Outcome)[]
                 {
                     ("BUREAU_ADMIN", "419001", Outcome.Allowed), ("VIEWER", "419001", Outcome.Forbidden),
                     ("FINANCE_APPROVER", "419001", Outcome.Forbidden), ("ANONYMOUS", null, Outcome.Unauthenticated),
                 })
            data.Add(role, jurisdiction, "auditLog", outcome);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RoleAndJurisdictionDecide(string role, string? jurisdiction, string operation, Outcome expected)
    {
        var session = jurisdiction is null ? app.Anonymous : app.As(Enum.Parse<Role>(role.Replace("_", ""), ignoreCase: true), jurisdiction);
        var (data, errors, userErrors) = await Run(session, operation, Name(role, jurisdiction));
        switch (expected)
        {
            case Outcome.Allowed:
                Assert.True(errors is null, errors?.ToJsonString());
                Assert.True(userErrors is null or { Count: 0 }, userErrors?.ToJsonString());
                Assert.NotNull(data);
                break;
            case Outcome.Forbidden:
                Assert.Equal("FORBIDDEN", Code(errors, userErrors));
                break;
            case Outcome.Unauthenticated:
                Assert.Equal("UNAUTHENTICATED", Code(errors, userErrors));
                break;
        }
        if (operation == "staffingCompliance" && expected == Outcome.Allowed)
            Assert.Equal("419001", data!["staffingCompliance"]!["regionCode"]!.GetValue<string>());
        if (operation == "staffingCompliance" && expected == Outcome.Forbidden)
            Assert.Equal("regionCode", errors![0]!["extensions"]!["field"]!.GetValue<string>());
        if (operation == "createCommittee" && expected != Outcome.Allowed)
            Assert.Equal(0, app.WithDb(db => db.Committees.Count(c => c.Name == Name(role, jurisdiction))));
    }

    private static string Name(string role, string? jurisdiction) => $"权限测试{role}{jurisdiction}调委会";

    private static string? Code(JsonArray? errors, JsonArray? userErrors) =>
        errors?[0]?["extensions"]?["code"]?.GetValue<string>() ?? userErrors?[0]?["code"]?.GetValue<string>();

    private static async Task<(JsonNode? Data, JsonArray? Errors, JsonArray? UserErrors)> Run(ApiSession session, string operation, string name)
    {
        var response = operation switch
        {
            "createCommittee" => await session.GraphQL("""
                mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { committee { id } userErrors { field message code } } }
                """, new { input = Infrastructure.Roster.CommitteeInput("419001001", "VILLAGE", "2020-01-01", false, name) }),
            "listCommittees" => await session.GraphQL("""{ committees(regionCode: "419001") { totalCount } }"""),
            "auditLog" => await session.GraphQL("{ auditLog(first: 5) { totalCount } }"),
            "staffingCompliance" => await session.GraphQL("""{ staffingCompliance(regionCode: "419001") { regionCode committeeCount } }"""),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
        var data = response["data"];
        var userErrors = data?["createCommittee"]?["userErrors"]?.AsArray();
        return (data, response["errors"]?.AsArray(), userErrors);
    }
}

public sealed class SqliteAccessMatrix(SqliteApp app) : AccessMatrix(app), IClassFixture<SqliteApp>;

public sealed class PostgresAccessMatrix(PostgresApp app) : AccessMatrix(app), IClassFixture<PostgresApp>;
