using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Cases;

/// <summary>Same parties (in any order) and category, received within 90 days, in different committees: one dispute, paid once.</summary>
public abstract class PossibleDuplicateCases(RegistryApp app)
{
    private readonly CaseSetup setup = new(app);

    [Fact]
    public async Task OnlyTheSamePartySetAndCategoryWithin90DaysInDifferentCommitteesIsReported()
    {
        var c1 = await setup.Roster.Committee("419001101", "TOWNSHIP");
        var c2 = await setup.Roster.Committee("419001102", "TOWNSHIP");
        var (m, _) = await setup.Mediator();
        await setup.Roster.Appoint(m, c1, "PART_TIME");
        await setup.Roster.Appoint(m, c2, "PART_TIME");
        string P() => Infrastructure.Roster.NewPerson().IdNumber;
        var (p1, p2, p3, p4, p5, p6, p7, p8, p9, p10) = (P(), P(), P(), P(), P(), P(), P(), P(), P(), P());
        Dictionary<string, object?> Row(string n, string c, string received, string[] parties, string category = "MARRIAGE_AND_FAMILY") =>
            CaseSetup.Row(n, c, m, received, received, "WRITTEN_AGREEMENT", category, parties: parties);
        await setup.ImportOk("dup",
            Row("X1", c1, "2026-03-01", [p1, p2]), Row("X2", c2, "2026-05-30", [p2, p1]),   // 90 days, reversed order → reported
            Row("Y1", c1, "2026-03-01", [p3, p4]), Row("Y2", c2, "2026-05-31", [p3, p4]),   // 91 days → not
            Row("Z1", c1, "2026-03-01", [p5, p6]), Row("Z2", c1, "2026-03-05", [p6, p5]),   // same committee → not
            Row("W1", c1, "2026-03-01", [p7, p8]), Row("W2", c2, "2026-03-02", [p7, p8], "NEIGHBOURS"), // other category → not
            Row("V1", c1, "2026-03-01", [p9, p10]), Row("V2", c2, "2026-03-02", [p9]));     // other party set → not

        var data = await app.Data("""
            { possibleDuplicateCases(regionCode: "419001", from: "2026-01-01", to: "2026-12-31") {
                totalCount nodes { caseA { externalNumber } caseB { externalNumber } daysApart category } } }
            """);
        var result = data["possibleDuplicateCases"]!;
        Assert.Equal(1, result["totalCount"]!.GetValue<int>());
        var pair = Assert.Single(result["nodes"]!.AsArray())!;
        Assert.Equal(("X1", "X2", 90, "MARRIAGE_AND_FAMILY"), (pair["caseA"]!["externalNumber"]!.GetValue<string>(),
            pair["caseB"]!["externalNumber"]!.GetValue<string>(), pair["daysApart"]!.GetValue<int>(), pair["category"]!.GetValue<string>()));

        var outside = await app.Data("""
            { possibleDuplicateCases(regionCode: "419001", from: "2026-06-01", to: "2026-12-31") { totalCount } }
            """);
        Assert.Equal(0, outside["possibleDuplicateCases"]!["totalCount"]!.GetValue<int>());
        var otherRegion = await app.Data("""
            { possibleDuplicateCases(regionCode: "419001101", from: "2026-01-01", to: "2026-12-31") { totalCount } }
            """);
        Assert.Equal(0, otherRegion["possibleDuplicateCases"]!["totalCount"]!.GetValue<int>());
    }
}

public sealed class SqlitePossibleDuplicateCases(SqliteApp app) : PossibleDuplicateCases(app), IClassFixture<SqliteApp>;

public sealed class PostgresPossibleDuplicateCases(PostgresApp app) : PossibleDuplicateCases(app), IClassFixture<PostgresApp>;
