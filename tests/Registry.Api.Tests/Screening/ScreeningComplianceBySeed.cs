using Registry.Api.Tests.Infrastructure;
using static Registry.Api.Tests.Screening.ScreeningSetup;

namespace Registry.Api.Tests.Screening;

/// <summary>
/// The seed jurisdictions' cadences on real regions, with the counts worked out by hand in each test. Each test uses
/// its own region, so they share one database per class.
/// </summary>
public abstract class ScreeningComplianceBySeed(RegistryApp app)
{
    private readonly Infrastructure.Roster roster = new(app);
    private readonly ScreeningSetup screening = new(app);

    [Fact]
    public async Task AJiyuanVillageThatSkippedOneWeekMissesThatWeek()
    {
        var village = await roster.Committee("419001001001", "COMMUNITY");
        // May 2023: Monday 1st to Sunday 28th are four whole weeks (1, 8, 15, 22); no sensitive day.
        // Two rounds in the first week count once; nothing in the week of the 15th.
        await screening.RoundsAsync(village, "2023-05-02", "2023-05-03", "2023-05-10", "2023-05-24");

        var report = await screening.ReportAsync("419001001001", "2023-05-01", "2023-05-28");

        Assert.Equal((1, 0, 4, 3), Counts(report));
        Assert.Equal([("2023-05-15", "2023-05-21")], Missed(report));
        Assert.Equal(village, report["missed"]!["nodes"]![0]!["committee"]!["id"]!.GetValue<string>());
        Assert.Equal(1, report["missed"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task AJiyuanTownshipOwesADailyRoundThroughTheSpringFestival()
    {
        var township = await roster.Committee("419001002", "SUBDISTRICT");
        // February 2024 (29 days) is one month, plus one round a day for 春节 10–17 February: 9 owed.
        // Rounds 10–16 February cover the month and seven of the eight days; the 17th is missed.
        await screening.RoundsAsync(township, "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15", "2024-02-16");

        var report = await screening.ReportAsync("419001002", "2024-02-01", "2024-02-29");
        Assert.Equal((1, 0, 9, 8), Counts(report));
        Assert.Equal([("2024-02-17", "2024-02-17")], Missed(report));

        // To the 28th the leap February is not whole: only the eight days are owed.
        Assert.Equal((1, 0, 8, 7), Counts(await screening.ReportAsync("419001002", "2024-02-01", "2024-02-28")));
    }

    [Fact]
    public async Task AMianyangTownshipOwesARoundEachHalfMonth()
    {
        var township = await roster.Committee("510703001", "SUBDISTRICT");
        // January–March 2024: six half-months; nothing between 16 and 29 February.
        await screening.RoundsAsync(township, "2024-01-05", "2024-01-20", "2024-02-03", "2024-03-01", "2024-03-16");

        var report = await screening.ReportAsync("510703001", "2024-01-01", "2024-03-31");

        Assert.Equal((1, 0, 6, 5), Counts(report));
        Assert.Equal([("2024-02-16", "2024-02-29")], Missed(report));
    }

    [Fact]
    public async Task AJilinCountyCentreOwesAQuarterlyRoundUntilThePlanEnds()
    {
        var centre = await roster.Committee("220102", "MEDIATION_CENTER");
        // Jilin's plan ends 2021-12-31: the four quarters of 2021 are owed, nothing in 2022. Q3 2021 has no round;
        // the round of March 2022 counts for nothing.
        await screening.RoundsAsync(centre, "2021-02-10", "2021-05-10", "2021-11-30", "2022-03-01");

        var report = await screening.ReportAsync("220102", "2021-01-01", "2022-06-30");

        Assert.Equal((1, 0, 4, 3), Counts(report));
        Assert.Equal([("2021-07-01", "2021-09-30")], Missed(report));
        var byRegion = report["byRegion"]!.AsArray();
        Assert.True(byRegion.Count > 0);
        Assert.All(byRegion, r => Assert.Equal(0, r!["unitCount"]!.GetValue<int>())); // the centre sits at the county itself
    }

    [Fact]
    public async Task AHebeiVillageOwesNothingYetCountsAsAVillage()
    {
        // Hebei has no screening policy; Jiyuan (419001) has. The country's report reads only the units under a policy
        // region: the Hebei community owes nothing, though it held a round, and still counts among the villages for
        // information-officer coverage.
        var jiyuan = await roster.Committee("419001003001", "COMMUNITY");
        var hebei = await roster.Committee("130102001001", "COMMUNITY");
        await screening.RoundsAsync(jiyuan, "2023-05-02", "2023-05-09", "2023-05-16", "2023-05-23");
        await screening.RoundsAsync(hebei, "2023-05-02");

        var country = await screening.ReportAsync("CN", "2023-05-01", "2023-05-28");
        var byRegion = country["byRegion"]!.AsArray().ToDictionary(r => r!["regionCode"]!.GetValue<string>(), r => r!);
        Assert.Equal(0, byRegion["13"]["unitCount"]!.GetValue<int>());
        Assert.Equal(0, byRegion["13"]["requiredRounds"]!.GetValue<int>());
        Assert.True(byRegion["41"]["unitCount"]!.GetValue<int>() >= 1);
        var missedIds = country["missed"]!["nodes"]!.AsArray().Select(n => n!["committee"]!["id"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain(hebei, missedIds);
        Assert.DoesNotContain(jiyuan, missedIds);

        var township = await screening.ReportAsync("130102001", "2023-05-01", "2023-05-28");
        Assert.Equal((0, 0, 0, 0), Counts(township));
        Assert.Equal(1, township["villageCount"]!.GetValue<int>());
        Assert.Equal((1, 1, 4, 4), Counts(await screening.ReportAsync("419001003", "2023-05-01", "2023-05-28")));
    }

    [Fact]
    public async Task WushenOwesNothingAfterItsCampaignEndsOn30November()
    {
        var township = await roster.Committee("150626100", "TOWNSHIP");
        var village = await roster.Committee("150626100002", "COMMUNITY");
        // November 2024 to year end: the township owes November; the community owes the weeks of 4, 11 and 18 November
        // (that of 25 November ends on 1 December, after the campaign). December owes nothing.
        await screening.RoundsAsync(township, "2024-11-15");
        await screening.RoundsAsync(village, "2024-11-05", "2024-11-12", "2024-11-19");

        var report = await screening.ReportAsync("150626100", "2024-11-01", "2024-12-31");

        Assert.Equal((2, 2, 4, 4), Counts(report));
        Assert.Empty(Missed(report));
        Assert.Equal((0, 0, 0, 0), Counts(await screening.ReportAsync("150626100", "2024-12-01", "2024-12-31")));
    }
}

public sealed class SqliteScreeningComplianceBySeed(SqliteApp app) : ScreeningComplianceBySeed(app), IClassFixture<SqliteApp>;

public sealed class PostgresScreeningComplianceBySeed(PostgresApp app) : ScreeningComplianceBySeed(app), IClassFixture<PostgresApp>;
