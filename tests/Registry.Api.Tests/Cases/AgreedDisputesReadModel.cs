using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Cases;

/// <summary>
/// The read model <c>agreed_disputes</c> (PostgreSQL only; Migrations/AgreedDisputes) follows importCases and plain SQL:
/// after every change it holds exactly the cases with an agreement and a party set, with their current party set,
/// category and receiving day, each with the receiving day of the case just before it in the same dispute — through a
/// new import, a re-import that fails the case, one that makes it an agreement and moves it to another closing year's
/// partition, one that changes its parties, and a delete, each relinking the dispute's later cases.
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
        await setup.ImportOk(Platform, CaseSetup.Row("AD-4", committee, mediator, receivedOn: "2026-01-15", parties: parties));
        Assert.Equal(["AD-1", "AD-4 10 days after the one before"], await Agreed());

        await setup.ImportOk(Platform,
            CaseSetup.Row("AD-1", committee, mediator, outcome: "FAILED", parties: parties),
            CaseSetup.Row("AD-2", committee, mediator, receivedOn: "2025-12-01", closedOn: "2025-12-20", category: "MARRIAGE_AND_FAMILY", parties: parties));
        Assert.Equal(["AD-2", "AD-4"], await Agreed());
        Assert.Equal(["AD-2 cases_2025 MarriageAndFamily", "AD-4 cases_2026 Neighbours"], await Strings($"""
            SELECT k.external_number || ' ' || k.tableoid::regclass || ' ' || d.category AS "Value"
            FROM agreed_disputes d JOIN cases k ON k.id = d.case_id WHERE k.source_platform = {Platform} AND k.external_number LIKE 'AD-_' ORDER BY 1
            """));

        await setup.ImportOk(Platform, CaseSetup.Row("AD-2", committee, mediator, receivedOn: "2025-12-01", closedOn: "2025-12-20",
            category: "MARRIAGE_AND_FAMILY", parties: others));
        Assert.Equal(["AD-2", "AD-4"], await Agreed());
        await setup.ImportOk(Platform, CaseSetup.Row("AD-1", committee, mediator, outcome: "ORAL_AGREEMENT", parties: parties));
        Assert.Equal(["AD-1", "AD-2", "AD-4 10 days after the one before"], await Agreed());

        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"DELETE FROM cases WHERE source_platform = {Platform} AND external_number IN ('AD-1', 'AD-2')"));
        Assert.Equal(["AD-4"], await Agreed());
        Assert.Equal(2, (await Strings($"SELECT external_number AS \"Value\" FROM cases WHERE source_platform = {Platform} AND external_number LIKE 'AD-_'")).Count);
    }

    /// <summary>
    /// Two transactions writing cases of one dispute at once: the second's trigger waits for the first to commit (the
    /// dispute's advisory lock), then sees its case, so the later case knows the one before it. Without the lock the
    /// second relinks from a snapshot without the first's case and the later case has no previous day.
    /// </summary>
    [Fact]
    public async Task TwoWritersOfOneDisputeAtOnceLinkTheLaterCaseToTheEarlier()
    {
        var (committee, mediator, _) = await setup.CommitteeWithMediator("419001100211");
        await setup.ImportOk(Platform, CaseSetup.Row("AD-R0", committee, mediator, outcome: "FAILED"));
        var connectionString = app.Services.GetRequiredService<IConfiguration>().GetConnectionString("Registry")!;
        await using var first = new NpgsqlConnection(connectionString);
        await using var second = new NpgsqlConnection(connectionString);
        await first.OpenAsync();
        await second.OpenAsync();
        await using var firstWrite = await first.BeginTransactionAsync();
        await Insert(first, "AD-R1", days: 3);
        await using var secondWrite = await second.BeginTransactionAsync();
        var secondInsert = Insert(second, "AD-R2", days: 5);
        await Task.Delay(500);
        Assert.False(secondInsert.IsCompleted, "the second writer must wait for the first one's dispute lock");
        await firstWrite.CommitAsync();
        await secondInsert;
        await secondWrite.CommitAsync();
        Assert.Equal(["AD-R1", "AD-R2 2 days after the one before"], await Agreed("AD-R%"));
    }

    /// <summary>An agreed copy of AD-R0 received <paramref name="days"/> later with the party set 'race', straight in SQL.</summary>
    private static async Task Insert(NpgsqlConnection connection, string number, int days)
    {
        await using var command = new NpgsqlCommand($"""
            INSERT INTO cases (source_platform, external_number, committee_id, category, difficulty, lead_mediator_id, received_on,
                               closed_on, outcome, turned_criminal, entered_on, received_day_number, entered_late, party_set_fingerprint)
            SELECT source_platform, '{number}', committee_id, category, difficulty, lead_mediator_id, received_on + {days}, closed_on,
                   'WrittenAgreement', false, entered_on, received_day_number + {days}, false, 'race'
            FROM cases WHERE source_platform = '{Platform}' AND external_number = 'AD-R0'
            """, connection);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>
    /// The platform's cases in the read model (with the days since the one before in their dispute, if any), after
    /// checking that its rows are exactly the recomputation from <c>cases</c>: the same party set, category, receiving day
    /// and previous receiving day, and no row of a case that is not an agreement.
    /// </summary>
    private async Task<List<string>> Agreed(string numbers = "AD-_")
    {
        var expected = await Strings($"""
            SELECT id || ' ' || party_set_fingerprint || ' ' || category || ' ' || received_day_number || ' ' || COALESCE(LAG(received_day_number)
                     OVER (PARTITION BY party_set_fingerprint, category ORDER BY received_day_number, id)::text, '-') AS "Value"
            FROM cases WHERE outcome IN ('WrittenAgreement', 'OralAgreement') AND party_set_fingerprint IS NOT NULL ORDER BY 1
            """);
        var actual = await Strings($"""
            SELECT case_id || ' ' || party_set_fingerprint || ' ' || category || ' ' || received_day_number || ' '
                   || COALESCE(previous_day_number::text, '-') AS "Value"
            FROM agreed_disputes ORDER BY 1
            """);
        Assert.Equal(expected, actual);
        return await Strings($"""
            SELECT k.external_number || COALESCE(' ' || (d.received_day_number - d.previous_day_number) || ' days after the one before', '') AS "Value"
            FROM agreed_disputes d JOIN cases k ON k.id = d.case_id
            WHERE k.source_platform = {Platform} AND k.external_number LIKE {numbers} ORDER BY 1
            """);
    }

    private async Task<List<string>> Strings(FormattableString sql)
    {
        List<string> rows = [];
        await app.WithDbAsync(async db => rows = await db.Database.SqlQuery<string>(sql).ToListAsync());
        return rows;
    }
}
