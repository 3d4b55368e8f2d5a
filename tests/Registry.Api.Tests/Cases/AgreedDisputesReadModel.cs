using Microsoft.EntityFrameworkCore;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Cases;

/// <summary>
/// The read model <c>agreed_disputes</c> (PostgreSQL only; Migrations/AgreedDisputes) follows importCases and plain SQL:
/// after every change it holds exactly the cases with an agreement and a party set, with their current party set,
/// category and receiving day — through a new import, a re-import that fails the case, one that makes it an agreement
/// and moves it to another closing year's partition, one that changes its parties, and a delete.
/// </summary>
public sealed class AgreedDisputesReadModel(PostgresApp app) : IClassFixture<PostgresApp>
{
    private const string Platform = "河北省纠纷平台";
    private readonly CaseSetup setup = new(app);

    [Fact]
    public async Task ItHoldsTheAgreedCasesWithAPartySetThroughImportsUpdatesAndDeletes()
    {
        var (committee, mediator, _) = await setup.CommitteeWithMediator("419001100211");
        string[] parties = [Infrastructure.Roster.NewPerson().IdNumber, Infrastructure.Roster.NewPerson().IdNumber];
        string[] others = [Infrastructure.Roster.NewPerson().IdNumber];
        await setup.ImportOk(Platform,
            CaseSetup.Row("AD-1", committee, mediator, parties: parties),
            CaseSetup.Row("AD-2", committee, mediator, outcome: "FAILED", parties: parties),
            CaseSetup.Row("AD-3", committee, mediator, outcome: "ORAL_AGREEMENT"));
        Assert.Equal(["AD-1"], await Agreed());

        await setup.ImportOk(Platform,
            CaseSetup.Row("AD-1", committee, mediator, outcome: "FAILED", parties: parties),
            CaseSetup.Row("AD-2", committee, mediator, receivedOn: "2025-12-01", closedOn: "2025-12-20", category: "MARRIAGE_AND_FAMILY", parties: parties));
        Assert.Equal(["AD-2"], await Agreed());
        Assert.Equal(["AD-2 cases_2025 MarriageAndFamily"], await Strings($"""
            SELECT k.external_number || ' ' || k.tableoid::regclass || ' ' || d.category AS "Value"
            FROM agreed_disputes d JOIN cases k ON k.id = d.case_id WHERE k.source_platform = {Platform}
            """));

        await setup.ImportOk(Platform, CaseSetup.Row("AD-2", committee, mediator, receivedOn: "2025-12-01", closedOn: "2025-12-20",
            category: "MARRIAGE_AND_FAMILY", parties: others));
        Assert.Equal(["AD-2"], await Agreed());

        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM cases WHERE source_platform = {Platform} AND external_number = 'AD-2'"));
        Assert.Empty(await Agreed());
        Assert.Equal(2, (await Strings($"SELECT external_number AS \"Value\" FROM cases WHERE source_platform = {Platform}")).Count);
    }

    /// <summary>
    /// The numbers of the platform's cases in the read model, after checking that its rows are exactly the recomputation
    /// from <c>cases</c> (the same party set, category and receiving day, and no row of a case that is not an agreement).
    /// </summary>
    private async Task<List<string>> Agreed()
    {
        var expected = await Strings($"""
            SELECT id || ' ' || party_set_fingerprint || ' ' || category || ' ' || received_day_number AS "Value" FROM cases
            WHERE outcome IN ('WrittenAgreement', 'OralAgreement') AND party_set_fingerprint IS NOT NULL ORDER BY 1
            """);
        var actual = await Strings($"""
            SELECT case_id || ' ' || party_set_fingerprint || ' ' || category || ' ' || received_day_number AS "Value"
            FROM agreed_disputes ORDER BY 1
            """);
        Assert.Equal(expected, actual);
        return await Strings($"""
            SELECT k.external_number AS "Value" FROM agreed_disputes d JOIN cases k ON k.id = d.case_id
            WHERE k.source_platform = {Platform} ORDER BY 1
            """);
    }

    private async Task<List<string>> Strings(FormattableString sql)
    {
        List<string> rows = [];
        await app.WithDbAsync(async db => rows = await db.Database.SqlQuery<string>(sql).ToListAsync());
        return rows;
    }
}
