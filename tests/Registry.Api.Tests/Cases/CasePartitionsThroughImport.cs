using Microsoft.EntityFrameworkCore;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Cases;

/// <summary>
/// importCases on the partitioned table (PostgreSQL only: SQLite keeps one table): a new case is COPYed into its
/// closing year, and a re-import that changes the closing date moves it, through EF's UPDATE, with its id, co-mediator
/// and parties; reopened, it goes to the open cases' partition.
/// </summary>
public sealed class CasePartitionsThroughImport(PostgresApp app) : IClassFixture<PostgresApp>
{
    private const string Platform = "河北省调解平台";
    private readonly CaseSetup setup = new(app);

    [Fact]
    public async Task AReimportMovesTheCaseToItsClosingYearWithItsChildren()
    {
        var (committee, mediator, _) = await setup.CommitteeWithMediator("419001100211");
        var (_, coMediator, _) = await setup.CommitteeWithMediator("419001100212");
        string[] parties = [Infrastructure.Roster.NewPerson().IdNumber, Infrastructure.Roster.NewPerson().IdNumber];
        await setup.ImportOk(Platform, CaseSetup.Row("HB-P1", committee, mediator, coMediators: [coMediator], parties: parties));
        var (id, partition) = await Placement();
        Assert.Equal("cases_2026", partition);
        Assert.Equal(["1 co-mediator", "2 parties"], await Children(id));

        var again = await setup.ImportOk(Platform, CaseSetup.Row("HB-P1", committee, mediator, receivedOn: "2025-12-01",
            closedOn: "2025-12-20", coMediators: [coMediator], parties: parties));
        Assert.Equal(1, again["updated"]!.GetValue<int>());
        Assert.Equal((id, "cases_2025"), await Placement());
        Assert.Equal(["1 co-mediator", "2 parties"], await Children(id));

        await setup.ImportOk(Platform, CaseSetup.Row("HB-P1", committee, mediator, receivedOn: "2025-12-01", closedOn: null,
            outcome: null, coMediators: [coMediator], parties: [parties[0]]));
        Assert.Equal((id, "cases_open"), await Placement());
        Assert.Equal(["1 co-mediator", "1 parties"], await Children(id));
        Assert.Equal([$"{id} HB-P1"], await Strings($"SELECT id || ' ' || external_number AS \"Value\" FROM case_keys WHERE source_platform = {Platform}"));
    }

    private async Task<(long Id, string Partition)> Placement()
    {
        var row = Assert.Single(await Strings($"SELECT id || ' ' || tableoid::regclass AS \"Value\" FROM cases WHERE source_platform = {Platform}"));
        return (long.Parse(row.Split(' ')[0]), row.Split(' ')[1]);
    }

    private async Task<List<string>> Children(long id) =>
    [
        .. await Strings($"SELECT count(*) || ' co-mediator' AS \"Value\" FROM case_co_mediators WHERE case_id = {id}"),
        .. await Strings($"SELECT count(*) || ' parties' AS \"Value\" FROM case_parties WHERE case_id = {id}"),
    ];

    private async Task<List<string>> Strings(FormattableString sql)
    {
        List<string> rows = [];
        await app.WithDbAsync(async db => rows = await db.Database.SqlQuery<string>(sql).ToListAsync());
        return rows;
    }
}
