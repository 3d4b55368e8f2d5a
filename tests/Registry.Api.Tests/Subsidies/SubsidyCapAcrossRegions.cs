using Registry.Api.Tests.Cases;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Subsidies;

/// <summary>
/// The monthly cap is per mediator, not per region: 甲 serves in 越秀区 (440104) and 海珠区 (440105) under one 广州 (4401)
/// policy (ORDINARY written 8,000 fen, cap 20,000 a month). 越秀 a1, a2 close 01-10, 01-11; 海珠 b1, b2 close 01-12, 01-20
/// and b3 02-02. Worked by hand: alone, 海珠's January pays 8,000 + 8,000. Once 越秀's claim pays 16,000 for January,
/// 海珠 has 4,000 left: b1 pays 4,000 of 8,000 and b2 nothing, both CAPPED; February's b3 pays its 8,000.
/// </summary>
public abstract class SubsidyCapAcrossRegions(RegistryApp app)
{
    private readonly SubsidyScenario s = new(app);
    private ApiSession Clerk => s.As(Role.FinanceClerk, "4401", "clerk-gz");
    private ApiSession Approver => s.As(Role.FinanceApprover, "4401", "approver-gz");

    /// <summary>The data set above: the 4401 policy, 甲 serving in both counties with a certificate, and the five cases.</summary>
    public static async Task BuildAsync(RegistryApp app)
    {
        var s = new SubsidyScenario(app);
        SubsidyTestHelp.Ok(await s.SetPolicy(SubsidyScenario.Policy("4401", "2026-01-01")));
        var yuexiu = await s.Grading.Training.Roster.Committee("440104", "MEDIATION_CENTER");
        var haizhu = await s.Grading.Training.Roster.Committee("440105", "MEDIATION_CENTER");
        var jia = (await s.Grading.Training.Mediator("440104", "甲", committeeId: yuexiu)).Id;
        await s.Grading.Training.Roster.Appoint(jia, haizhu, employment: "PART_TIME");
        await s.Grading.IssueOk(jia, "2025-01-01", "2028-12-31", "4401");
        Dictionary<string, object?> Row(string n, string committee, string closedOn) =>
            CaseSetup.Row(n, committee, jia, "2026-01-02", closedOn, "WRITTEN_AGREEMENT", "NEIGHBOURS", "ORDINARY");
        await new CaseSetup(app).ImportOk("cap",
            Row("a1", yuexiu, "2026-01-10"), Row("a2", yuexiu, "2026-01-11"),
            Row("b1", haizhu, "2026-01-12"), Row("b2", haizhu, "2026-01-20"), Row("b3", haizhu, "2026-02-02"));
    }

    [Fact]
    public async Task AMediatorsMonthlyCapCountsWhatClaimsElsewhereAlreadyPay()
    {
        await BuildAsync(app);

        Assert.Equal(new() { ["b1/甲"] = (8000L, "PAYABLE"), ["b2/甲"] = (8000L, "PAYABLE"), ["b3/甲"] = (8000L, "PAYABLE") }, await Lines("440105"));

        // A draft elsewhere pays nothing yet, so the statement ignores it; a new claim leaves room for it (no case or month
        // is ever promised twice), and is rejected again here.
        var yuexiuClaim = await s.Create(Clerk, "440104", "2026-01-01", "2026-01-31");
        SubsidyTestHelp.Ok(yuexiuClaim);
        Assert.Equal(16000L, yuexiuClaim["claim"]!["amount"]!.GetValue<long>());
        Assert.Equal(24000L, await Amount("440105"));
        var early = await s.Create(Clerk, "440105", "2026-01-01", "2026-02-28");
        SubsidyTestHelp.Ok(early);
        Assert.Equal(4000L + 8000L, early["claim"]!["amount"]!.GetValue<long>());
        SubsidyTestHelp.Ok(await s.Claim(Approver, "rejectSubsidyClaim", "RejectClaimInput", new { claimId = Id(early), reason = "等越秀区的申报" }));

        SubsidyTestHelp.Ok(await s.Step(Clerk, "submitSubsidyClaim", Id(yuexiuClaim)));
        SubsidyTestHelp.Ok(await s.Step(Approver, "approveSubsidyClaim", Id(yuexiuClaim)));

        Assert.Equal(new() { ["b1/甲"] = (4000L, "CAPPED"), ["b2/甲"] = (0L, "CAPPED"), ["b3/甲"] = (8000L, "PAYABLE") }, await Lines("440105"));
        Assert.Equal(12000L, await Amount("440105"));
        // The city's statement agrees: 越秀's lines are claimed, 海珠's capped the same way.
        var city = await Lines("4401");
        Assert.Equal((0L, "ALREADY_CLAIMED"), city["a1/甲"]);
        Assert.Equal((4000L, "CAPPED"), city["b1/甲"]);
        Assert.Equal((0L, "CAPPED"), city["b2/甲"]);
        Assert.Equal(12000L, await Amount("4401"));

        var haizhuClaim = await s.Create(Clerk, "440105", "2026-01-01", "2026-02-28");
        SubsidyTestHelp.Ok(haizhuClaim);
        Assert.Equal(12000L, haizhuClaim["claim"]!["amount"]!.GetValue<long>());
    }

    private async Task<Dictionary<string, (long Amount, string Reason)>> Lines(string region) =>
        SubsidyTestHelp.Lines((await s.Statement(region, "2026-01-01", "2026-02-28",
            $"lines(first: 100) {{ nodes {{ {SubsidyScenario.LineFields} }} }}"))["lines"]!);

    private async Task<long> Amount(string region) =>
        SubsidyTestHelp.L((await s.Statement(region, "2026-01-01", "2026-02-28", "totals { amount }"))["totals"]!, "amount");

    private static string Id(System.Text.Json.Nodes.JsonNode payload) => payload["claim"]!["id"]!.GetValue<string>();
}

public sealed class SqliteSubsidyCapAcrossRegions(SqliteApp app) : SubsidyCapAcrossRegions(app), IClassFixture<SqliteApp>;

public sealed class PostgresSubsidyCapAcrossRegions(PostgresApp app) : SubsidyCapAcrossRegions(app), IClassFixture<PostgresApp>;

/// <summary>
/// On PostgreSQL, with real concurrency: 越秀's and 海珠's January claims created at once (no case in common) still pay
/// 甲 one cap between them, 16,000 + 4,000 in whichever order they are frozen.
/// </summary>
public sealed class SubsidyCapAcrossRegionsAtOnce(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task TwoCountiesClaimingAtOncePayAMediatorOneCap()
    {
        await SubsidyCapAcrossRegions.BuildAsync(app);
        var s = new SubsidyScenario(app);
        var clerk = s.As(Role.FinanceClerk, "4401", "clerk-gz");
        var claims = await Task.WhenAll(
            s.Create(clerk, "440104", "2026-01-01", "2026-01-31"),
            s.Create(clerk, "440105", "2026-01-01", "2026-01-31"));
        Assert.All(claims, SubsidyTestHelp.Ok);
        Assert.Equal([4000L, 16000L], claims.Select(c => c["claim"]!["amount"]!.GetValue<long>()).Order());
    }
}
