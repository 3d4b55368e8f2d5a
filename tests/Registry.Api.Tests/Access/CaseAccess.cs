using System.Net;
using System.Text;
using Registry.Api.Tests.Cases;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Access;

/// <summary>Case imports are for bureau admins and finance clerks, row by row inside their jurisdiction; case figures are not public.</summary>
public abstract class CaseAccess(RegistryApp app)
{
    private readonly CaseSetup setup = new(app);

    [Fact]
    public async Task AClerkImportsOnlyCasesOfCommitteesInsideTheirJurisdiction()
    {
        var (inside, insideLead, _) = await setup.CommitteeWithMediator("220102001");
        var (outside, outsideLead, _) = await setup.CommitteeWithMediator("130102001");
        var clerk = app.As(Role.FinanceClerk, "22");
        var response = await clerk.Data(CaseSetup.ImportCases, new
        {
            input = new { sourcePlatform = "access-test", cases = new[] { CaseSetup.Row("A-1", inside, insideLead), CaseSetup.Row("A-2", outside, outsideLead) } },
        });
        var errors = CaseSetup.Errors(response["importCases"]!.AsObject());
        var error = Assert.Single(errors);
        Assert.Equal(("cases.1.committeeId", "FORBIDDEN"), (error.Field, error.Code));
        Assert.Equal(0, app.WithDb(db => db.Cases.Count(c => c.SourcePlatform == "access-test")));

        var ok = await clerk.Data(CaseSetup.ImportCases, new { input = new { sourcePlatform = "access-test", cases = new[] { CaseSetup.Row("A-1", inside, insideLead) } } });
        Assert.Equal(1, ok["importCases"]!["created"]!.GetValue<int>());
        var summary = app.WithDb(db => db.AuditEntries.Single(e => e.Operation == "importCases" && e.Jurisdiction == "22"));
        Assert.Contains("\"created\":1", summary.After);
    }

    [Fact]
    public async Task ACaseIsFetchedByIdOnlyInsideTheJurisdiction()
    {
        var (committee, lead, _) = await setup.CommitteeWithMediator("220102003");
        await setup.ImportOk("node-access", CaseSetup.Row("N-1", committee, lead));
        var id = (await app.Data("""{ cases(regionCode: "220102003") { nodes { id } } }"""))["cases"]!["nodes"]![0]!["id"]!.GetValue<string>();
        const string query = "query($id: ID!) { node(id: $id) { id } }";

        Assert.Equal(id, (await app.As(Role.Viewer, "2201").Data(query, new { id }))["node"]!["id"]!.GetValue<string>());
        var other = await app.As(Role.Viewer, "13").GraphQL(query, new { id });
        Assert.Null(other["data"]!["node"]);
        Assert.Equal("FORBIDDEN", other["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var anonymous = await app.Anonymous.GraphQL(query, new { id });
        Assert.Null(anonymous["data"]!["node"]);
        Assert.Equal("UNAUTHENTICATED", anonymous["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ViewersAndTheAnonymousCannotImport()
    {
        var viewer = await app.As(Role.Viewer, "22").GraphQL(CaseSetup.ImportCases, new { input = new { sourcePlatform = "x", cases = Array.Empty<object>() } });
        Assert.Equal("FORBIDDEN", viewer["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        using var anonymous = app.Anonymous.Client();
        var upload = await anonymous.PostAsync("/imports/cases?sourcePlatform=x", new StringContent("案件编号\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        using var viewerClient = app.As(Role.Viewer, "22").Client();
        var forbidden = await viewerClient.PostAsync("/imports/cases?sourcePlatform=x", new StringContent("案件编号\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task CaseFiguresAreNotPartOfThePublicDirectory()
    {
        var response = await app.Anonymous.GraphQL("""{ committees(first: 1) { nodes { caseStats(from: "2026-01-01", to: "2026-12-31") { cases } } } }""");
        Assert.Equal("UNAUTHENTICATED", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var statistics = await app.Anonymous.GraphQL("""{ caseStatistics(regionCode: "22", from: "2026-01-01", to: "2026-12-31") { totals { cases } } }""");
        Assert.Equal("UNAUTHENTICATED", statistics["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}

public sealed class SqliteCaseAccess(SqliteApp app) : CaseAccess(app), IClassFixture<SqliteApp>;

public sealed class PostgresCaseAccess(PostgresApp app) : CaseAccess(app), IClassFixture<PostgresApp>;
