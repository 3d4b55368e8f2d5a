using Registry.Api.Tests.Cases;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Subsidies;

/// <summary>
/// A full-time mediator is paid the policy's full-time percent only on a closing day their full-time appointment is in
/// force (<c>SubsidyRule.PersonPercent</c>), at whichever committee it is. In 越秀区 (440104), under a policy paying
/// full-time staff 50%, ORDINARY written 8,000 fen, four cases closed 2026-02-10, each mediator also serving part-time:
/// 辛's full-time appointment ended 2026-01-31 (8,000); 壬's is in force (4,000); 癸's starts 2026-03-01 (8,000); 子's
/// ends on the closing day itself (4,000), and 子 is also 壬's co-mediator on a fifth case (SIMPLE written 3,001: 子
/// ⌊3,001 × 40 / 100⌋ = 1,200 × 50% = 600, 壬 1,801 × 50% = 900.5, rounded half up to 901).
/// </summary>
public abstract class SubsidyFullTimePercent(RegistryApp app)
{
    private const string Region = "440104";

    [Fact]
    public async Task OnlyAFullTimeAppointmentInForceOnTheClosingDayLowersTheLine()
    {
        var s = new SubsidyScenario(app);
        var roster = s.Grading.Training.Roster;
        SubsidyTestHelp.Ok(await s.SetPolicy(SubsidyScenario.Policy(Region, "2026-01-01", fullTimePercent: 50)));
        var committee = await roster.Committee(Region, "MEDIATION_CENTER");
        var other = await roster.Committee(Region, "TOWNSHIP");
        var ids = new Dictionary<string, string>();
        foreach (var (name, start, end) in new[]
                 {
                     ("辛", "2025-06-01", "2026-01-31"), ("壬", "2025-06-01", (string?)null), ("癸", "2026-03-01", null), ("子", "2025-06-01", "2026-02-10"),
                 })
        {
            var m = await s.Grading.Training.Mediator(Region, name, committeeId: committee);
            ids[name] = m.Id;
            await s.Grading.IssueOk(m.Id, "2025-01-01", "2028-12-31", Region);
            await roster.Appoint(m.Id, other, employment: "FULL_TIME", startDate: start, endDate: end);
        }
        Dictionary<string, object?> Row(string n, string lead, string difficulty = "ORDINARY", string[]? co = null) =>
            CaseSetup.Row(n, committee, ids[lead], "2026-02-01", "2026-02-10", "WRITTEN_AGREEMENT", "NEIGHBOURS", difficulty, null, null, co);
        await new CaseSetup(app).ImportOk("fulltime",
            Row("f1", "辛"), Row("f2", "壬"), Row("f3", "癸"), Row("f4", "子"), Row("f5", "壬", "SIMPLE", [ids["子"]]));

        var statement = await s.Statement(Region, "2026-02-01", "2026-02-28",
            $"totals {{ {SubsidyScenario.TotalsFields} }} lines(first: 20) {{ nodes {{ {SubsidyScenario.LineFields} }} }}");
        var lines = SubsidyTestHelp.Lines(statement["lines"]!);
        Assert.Equal(new Dictionary<string, (long, string)>
        {
            ["f1/辛"] = (8000, "PAYABLE"), ["f2/壬"] = (4000, "PAYABLE"), ["f3/癸"] = (8000, "PAYABLE"), ["f4/子"] = (4000, "PAYABLE"),
            ["f5/壬"] = (901, "PAYABLE"), ["f5/子"] = (600, "PAYABLE"),
        }.OrderBy(l => l.Key), lines.OrderBy(l => l.Key).Select(l => new KeyValuePair<string, (long, string)>(l.Key, l.Value)));
        var percents = statement["lines"]!["nodes"]!.AsArray()
            .ToDictionary(l => $"{l!["externalNumber"]}/{l["mediator"]!["name"]}", l => l!["personPercent"]!.GetValue<int>());
        Assert.Equal((100, 50, 100, 50), (percents["f1/辛"], percents["f2/壬"], percents["f3/癸"], percents["f4/子"]));
        Assert.Equal(25501L, SubsidyTestHelp.L(statement["totals"]!, "amount"));
        // The statement's SQL, narrow (the county) and wide (the province, in month parts), against the rule in memory.
        await app.WithDbAsync(async db =>
        {
            Assert.Equal(6, (await Rules.SubsidyTwins.AgreeAsync(db, Region, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)))
                .GetValueOrDefault(Domain.Subsidies.SubsidyReason.Payable));
            await Rules.SubsidyTwins.AgreeAsync(db, "44", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        });
    }
}

public sealed class SqliteSubsidyFullTimePercent(SqliteApp app) : SubsidyFullTimePercent(app), IClassFixture<SqliteApp>;

public sealed class PostgresSubsidyFullTimePercent(PostgresApp app) : SubsidyFullTimePercent(app), IClassFixture<PostgresApp>;
