using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Registry.Api.Tests.Cases;
using Registry.Api.Tests.Infrastructure;
using Registry.Data.Reports.Grading;
using Registry.Domain.Cases;
using Registry.Domain.Grading;

namespace Registry.Api.Tests.Grading;

/// <summary>
/// gradeEligibility against figures worked out by hand. A ladder for 天河区 (440106) from 2024-01-01:
/// 四级 (rank 1): ≥ 2 years' service; ≥ 3 cases led in the last year; oral ≤ 0.5 of agreements (1 y); agreement rate ≥ 0.75 (1 y);
/// ≥ 4 h training in 2026; no criminal case received in the last year; no upheld complaint in 2 years; a valid certificate.
/// 三级 (rank 2): ≥ 1 year at 四级; ≥ 1 case in the last year. asOf 2026-11-22, so the one-year window starts 2025-11-23.
/// <code>
/// mediator  cases in the window (W written, O oral, F failed)     misses
/// 甲        W W W O (+ a 2025-01 criminal case, outside)          nothing → eligible for 四级
/// 乙        W W W O, appointed 2025-06-01; 四级 since 2026-03-01   YEARS_OF_SERVICE (1); for 三级 YEARS_AT_LEVEL_BELOW (0)
/// 丙        W W (+ W closed 2025-06-01, outside)                  CASES_LED (2)
/// 丁        W O O O                                               ORAL_AGREEMENT_SHARE (0.75)
/// 戊        W W F F                                               AGREEMENT_RATE (0.5)
/// 己        W W W O, no training                                  TRAINING_HOURS (0)
/// 庚        W W W F, the F turned criminal                        NO_CRIMINAL_CASE (1); rate 0.75 is met
/// 辛        W W W O, a complaint upheld 2026-05-01 (+ one dismissed) NO_UPHELD_COMPLAINT (1)
/// 壬        W W W O, no certificate                               VALID_CERTIFICATE
/// 子        W W W O, 四级 since 2025-06-01                         holds 四级; eligible for 三级
/// 丑        W W W O, 四级 since 2026-11-22, the day asked          holds 四级 from that day on; not yet a year for 三级
/// </code>
/// </summary>
public abstract class GradeEligibilityByHand(RegistryApp app) : IAsyncLifetime
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<RegistryApp, Dictionary<string, string>> Seeded = new();
    private static readonly DateOnly AsOf = new(2026, 11, 22);
    private readonly GradingScenario s = new(app);
    private Dictionary<string, string> ids = [];

    public async Task InitializeAsync()
    {
        if (Seeded.TryGetValue(app, out var known))
        {
            ids = known;
            return;
        }
        GradingScenario.Ok(await s.SetLadder(new
        {
            regionCode = "440106", title = "天河区人民调解员等级（测试）", sourceDocument = "测试用", effectiveFrom = "2024-01-01",
            levels = new object[]
            {
                new { code = "L4", name = "四级", rank = 1, minYearsOfService = 2, minCasesLed = 3, casesLedYears = 1, maxOralAgreementShare = 0.5,
                      oralShareYears = 1, minAgreementRate = 0.75, agreementRateYears = 1, minTrainingHours = 4, trainingYears = 1,
                      noCriminalCaseYears = 1, noUpheldComplaintYears = 2, requiresValidCertificate = true },
                new { code = "L3", name = "三级", rank = 2, minYearsAtLevelBelow = 1, minCasesLed = 1, casesLedYears = 1 },
            },
        }));
        var committee = await s.Training.Roster.Committee("440106", "MEDIATION_CENTER");
        var training = await s.Training.Session("440106", "2026-03-01", hours: 4);
        var rows = new List<Dictionary<string, object?>>();
        var n = 0;
        void Case(string mediator, string outcome, string closedOn = "2026-03-01", bool criminal = false, string? receivedOn = null) =>
            rows.Add(CaseSetup.Row($"g{++n}", committee, ids[mediator], receivedOn ?? "2026-02-01", closedOn, outcome, turnedCriminal: criminal));
        foreach (var name in new[] { "甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "子", "丑" })
        {
            var m = await s.Training.Mediator("440106", name, start: name == "乙" ? "2025-06-01" : "2020-01-01", committeeId: committee);
            ids[name] = m.Id;
            if (name != "己") await s.Training.Attend(training, m.Id);
            if (name != "壬") await s.IssueOk(m.Id, "2025-01-01", "2027-12-31", "440106");
        }
        foreach (var name in new[] { "甲", "乙", "己", "辛", "壬", "子", "丑" })
        {
            Case(name, "WRITTEN_AGREEMENT"); Case(name, "WRITTEN_AGREEMENT"); Case(name, "WRITTEN_AGREEMENT"); Case(name, "ORAL_AGREEMENT");
        }
        Case("甲", "FAILED", "2025-02-01", criminal: true, receivedOn: "2025-01-01");
        Case("丙", "WRITTEN_AGREEMENT"); Case("丙", "WRITTEN_AGREEMENT"); Case("丙", "WRITTEN_AGREEMENT", "2025-06-01", receivedOn: "2025-05-01");
        Case("丁", "WRITTEN_AGREEMENT"); Case("丁", "ORAL_AGREEMENT"); Case("丁", "ORAL_AGREEMENT"); Case("丁", "ORAL_AGREEMENT");
        Case("戊", "WRITTEN_AGREEMENT"); Case("戊", "WRITTEN_AGREEMENT"); Case("戊", "FAILED"); Case("戊", "FAILED");
        Case("庚", "WRITTEN_AGREEMENT"); Case("庚", "WRITTEN_AGREEMENT"); Case("庚", "WRITTEN_AGREEMENT"); Case("庚", "FAILED", criminal: true);
        await s.Cases.ImportOk("grading", rows.ToArray());
        await s.Complaint(ids["辛"], "2026-04-01", "440106", "UPHELD", "2026-05-01");
        await s.Complaint(ids["辛"], "2026-04-02", "440106", "DISMISSED", "2026-05-02");
        await s.Assess(ids["乙"], "四级", "2026-03-01", "440106");
        await s.Assess(ids["子"], "四级", "2025-06-01", "440106");
        await s.Assess(ids["丑"], "四级", "2026-11-22", "440106");
        Seeded[app] = ids;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Query = """
        query($level: String!, $all: Boolean) { gradeEligibility(regionCode: "440106", level: $level, all: $all, first: 50) {
          totalCount nodes { mediator { name } currentLevel eligible holdsLevel criteria { criterion { kind threshold years } required actual met } } } }
        """;

    private async Task<JsonArray> Eligibility(string level, bool all) =>
        (await app.Data(Query, new { level, all }))["gradeEligibility"]!["nodes"]!.AsArray();

    [Fact]
    public async Task ListsOnlyTheMediatorWhoMeetsEveryCriterionOfFourthGrade()
    {
        var node = Assert.Single(await Eligibility("四级", all: false))!;
        Assert.Equal(("甲", true), (node["mediator"]!["name"]!.GetValue<string>(), node["eligible"]!.GetValue<bool>()));
        Assert.Equal(8, node["criteria"]!.AsArray().Count);
    }

    [Fact]
    public async Task EachOtherMediatorMissesExactlyTheCriterionWorkedOutByHand()
    {
        var rows = (await Eligibility("四级", all: true)).ToDictionary(r => r!["mediator"]!["name"]!.GetValue<string>(), r => r!);
        Assert.Equal(11, rows.Count);
        string[] Missed(string name) => rows[name]["criteria"]!.AsArray().Where(c => !c!["met"]!.GetValue<bool>())
            .Select(c => c!["criterion"]!["kind"]!.GetValue<string>()).ToArray();
        Assert.Empty(Missed("甲"));
        Assert.Equal(["YEARS_OF_SERVICE"], Missed("乙"));
        Assert.Equal(["CASES_LED"], Missed("丙"));
        Assert.Equal(["ORAL_AGREEMENT_SHARE"], Missed("丁"));
        Assert.Equal(["AGREEMENT_RATE"], Missed("戊"));
        Assert.Equal(["TRAINING_HOURS"], Missed("己"));
        Assert.Equal(["NO_CRIMINAL_CASE"], Missed("庚"));
        Assert.Equal(["NO_UPHELD_COMPLAINT"], Missed("辛"));
        Assert.Equal(["VALID_CERTIFICATE"], Missed("壬"));
        Assert.Empty(Missed("子"));
        Assert.True(rows["子"]["holdsLevel"]!.GetValue<bool>());
        Assert.Equal("四级", rows["子"]["currentLevel"]!.GetValue<string>());
        // An assessment counts from its own day: 丑, assessed on the day asked, holds 四级 and is not listed for it.
        Assert.Empty(Missed("丑"));
        Assert.True(rows["丑"]["holdsLevel"]!.GetValue<bool>());

        double Actual(string name, string kind) => rows[name]["criteria"]!.AsArray().Single(c => c!["criterion"]!["kind"]!.GetValue<string>() == kind)!["actual"]!.GetValue<double>();
        Assert.Equal(1, Actual("乙", "YEARS_OF_SERVICE"));
        Assert.Equal(6, Actual("甲", "YEARS_OF_SERVICE"));
        Assert.Equal(2, Actual("丙", "CASES_LED"));
        Assert.Equal(0.75, Actual("丁", "ORAL_AGREEMENT_SHARE"), 10);
        Assert.Equal(0.25, Actual("甲", "ORAL_AGREEMENT_SHARE"), 10);
        Assert.Equal(0.5, Actual("戊", "AGREEMENT_RATE"), 10);
        Assert.Equal(0.75, Actual("庚", "AGREEMENT_RATE"), 10);
        Assert.Equal(4, Actual("甲", "TRAINING_HOURS"));
        Assert.Equal(0, Actual("甲", "NO_CRIMINAL_CASE"));
        Assert.Equal(1, Actual("辛", "NO_UPHELD_COMPLAINT"));
    }

    [Fact]
    public async Task ThirdGradeNeedsAYearAtFourth()
    {
        var node = Assert.Single(await Eligibility("三级", all: false))!;
        Assert.Equal("子", node["mediator"]!["name"]!.GetValue<string>());
        var rows = (await Eligibility("三级", all: true)).ToDictionary(r => r!["mediator"]!["name"]!.GetValue<string>(), r => r!);
        var below = rows["乙"]["criteria"]!.AsArray().Single(c => c!["criterion"]!["kind"]!.GetValue<string>() == "YEARS_AT_LEVEL_BELOW")!;
        Assert.Equal((1.0, 0.0, false), (below["required"]!.GetValue<double>(), below["actual"]!.GetValue<double>(), below["met"]!.GetValue<bool>()));
        Assert.False(rows["甲"]["eligible"]!.GetValue<bool>()); // ungraded: no year at 四级
    }

    /// <summary>The SQL's figures equal the same figures counted in C# from the entities with the domain's own definitions.</summary>
    [Fact]
    public async Task SqlFiguresEqualTheDomainCountedInMemory()
    {
        await app.WithDbAsync(async db =>
        {
            var ladders = await db.GradeLadders.AsNoTracking().ToListAsync();
            var level = GradeLadderResolver.Resolve(ladders, "440106", AsOf)!.LevelNamed("四级")!;
            var sql = (await GradingQueries.FiguresAsync(db, "440106", level, AsOf, default)).ToDictionary(r => r.MediatorId);
            var mediatorIds = ids.Values.Select(id => Api.Schema.GlobalId.DecodeKey(id, "Mediator", "id")).ToList();
            Assert.Equal(mediatorIds.Order(), sql.Keys.Order());
            var appointments = await db.Appointments.AsNoTracking().Where(a => mediatorIds.Contains(a.MediatorId)).ToListAsync();
            var cases = await db.Cases.AsNoTracking().Where(c => mediatorIds.Contains(c.LeadMediatorId)).ToListAsync();
            var credits = await db.TrainingCredits.AsNoTracking().Where(c => mediatorIds.Contains(c.MediatorId)).ToListAsync();
            var complaints = await db.Complaints.AsNoTracking().Where(c => mediatorIds.Contains(c.MediatorId)).ToListAsync();
            var assessments = await db.GradeAssessments.AsNoTracking().Where(a => mediatorIds.Contains(a.MediatorId)).ToListAsync();
            var certificates = await db.Certificates.AsNoTracking().Include(c => c.Events).Where(c => mediatorIds.Contains(c.MediatorId)).ToListAsync();
            GradeCriterion C(CriterionKind kind) => level.Criterion(kind)!;
            bool Closed(MediationCase k, CriterionKind kind) => k.ClosedOn >= C(kind).WindowStart(AsOf) && k.ClosedOn <= AsOf;
            foreach (var id in mediatorIds)
            {
                var led = cases.Where(k => k.LeadMediatorId == id).ToList();
                var oral = led.Where(k => Closed(k, CriterionKind.OralAgreementShare)).ToList();
                var rate = led.Where(k => Closed(k, CriterionKind.AgreementRate)).ToList();
                var history = assessments.Where(a => a.MediatorId == id).ToList();
                var expected = new GradingFigures(
                    appointments.Where(a => a.MediatorId == id && a.StartDate <= AsOf).Min(a => (DateOnly?)a.StartDate),
                    led.Count(k => Closed(k, CriterionKind.CasesLed)),
                    oral.Count(k => k.Outcome is CaseOutcome.WrittenAgreement or CaseOutcome.OralAgreement),
                    oral.Count(k => k.Outcome == CaseOutcome.OralAgreement),
                    rate.Count(k => k.Outcome is not (CaseOutcome.Withdrawn or CaseOutcome.Referred)),
                    rate.Count(k => k.Outcome is CaseOutcome.WrittenAgreement or CaseOutcome.OralAgreement),
                    credits.Where(c => c.MediatorId == id && c.Year >= C(CriterionKind.TrainingHours).TrainingFromYear(AsOf) && c.Year <= AsOf.Year).Sum(c => c.Minutes),
                    led.Count(k => k.TurnedCriminal && k.ReceivedOn >= C(CriterionKind.NoCriminalCase).WindowStart(AsOf) && k.ReceivedOn <= AsOf),
                    complaints.Count(c => c.MediatorId == id && c.IsUpheld && c.ResolvedOn >= C(CriterionKind.NoUpheldComplaint).WindowStart(AsOf) && c.ResolvedOn <= AsOf),
                    GradeAssessment.On(history, AsOf)?.Rank,
                    GradeAssessment.HeldSince(history, AsOf),
                    certificates.Any(c => c.MediatorId == id && c.IsValidOn(AsOf)));
                Assert.Equal(expected, sql[id].Figures);
                var inMemory = GradeEligibilityReport.Judge(sql[id] with { Figures = expected }, level, AsOf, 0);
                Assert.Equal(inMemory.Eligible, GradeEligibilityReport.Judge(sql[id], level, AsOf, 0).Eligible);
            }
        });
    }
}

public sealed class SqliteGradeEligibilityByHand(SqliteApp app) : GradeEligibilityByHand(app), IClassFixture<SqliteApp>;

public sealed class PostgresGradeEligibilityByHand(PostgresApp app) : GradeEligibilityByHand(app), IClassFixture<PostgresApp>;
