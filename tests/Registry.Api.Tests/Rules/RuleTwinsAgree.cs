using Registry.Api.Tests.Infrastructure;
using Registry.Data;

namespace Registry.Api.Tests.Rules;

/// <summary>
/// One definition per rule, and its twins agree: the LINQ and SQL forms of "in force on a day", "exists on a day",
/// "standardised", "training credited" and "training compliant" select what the domain's C# rule selects, and the
/// span read models hold what the certificate and grade rules say, over the
/// demo roster and over a random one, on both databases.
/// </summary>
public abstract class RuleTwinsAgree(RegistryApp app, params (string Region, int Year)[] reports)
{
    [Fact]
    public Task AppointmentInForceInLinqAndSqlMatchesIsActiveOn() => app.WithDbAsync(RuleTwins.AppointmentInForceAgrees);

    [Fact]
    public Task CommitteeExistsInLinqAndSqlMatchesIsActiveOn() => app.WithDbAsync(RuleTwins.CommitteeExistsAgrees);

    [Fact]
    public Task StandardisedInLinqMatchesIsStandardised() => app.WithDbAsync(RuleTwins.StandardisedAgrees);

    [Fact]
    public Task CreditedAttendancesInSqlMatchIsCreditedAt() => app.WithDbAsync(RuleTwins.CreditedAgrees);

    [Fact]
    public Task EligibleSelectedInSqlAreThoseTheCriteriaJudgeEligible() => app.WithDbAsync(async db =>
    {
        var (eligible, notEligible) = await RuleTwins.GradeEligibleAgrees(db, "51");
        Assert.True(eligible > 0 && notEligible > 0, $"{eligible} eligible, {notEligible} not");
    });

    [Fact]
    public Task SpanReadModelsFollowTheDomainThroughInsertsUpdatesAndDeletes() => app.WithDbAsync(async db =>
    {
        var (valid, notValid, graded) = await RuleTwins.SpanReadModelsAgree(db);
        Assert.True(valid > 0 && notValid > 0 && graded > 0, $"{valid} valid, {notValid} not, {graded} graded");
    });

    [Fact]
    public Task RoundDaysReadModelEqualsItsRecomputation() => app.WithDbAsync(RuleTwins.RoundDaysReadModelAgrees);

    [Fact]
    public Task TrainingReportCountsAndListsBehindWhomTrainingStandingDoes() => app.WithDbAsync(async db =>
    {
        var (compliant, behind) = (0, 0);
        foreach (var (region, year) in reports)
        {
            var (c, b) = await RuleTwins.CompliantAgrees(db, region, year);
            (compliant, behind) = (compliant + c, behind + b);
        }
        Assert.True(compliant > 0 && behind > 0, $"{compliant} compliant, {behind} behind");
    });
}

public abstract class RandomRosterApp(DatabaseProvider provider) : RegistryApp(provider), IAsyncLifetime
{
    public Task InitializeAsync() => WithDbAsync(RandomRoster.SeedAsync);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public sealed class SqliteRandomRosterApp() : RandomRosterApp(DatabaseProvider.Sqlite);

public sealed class PostgresRandomRosterApp() : RandomRosterApp(DatabaseProvider.Postgres);

public sealed class SqliteDemoRuleTwins(SqliteDemoApp app)
    : RuleTwinsAgree(app, ("51", 2026), ("5107", 2025), ("22", 2026)), IClassFixture<SqliteDemoApp>;

public sealed class PostgresDemoRuleTwins(PostgresDemoApp app)
    : RuleTwinsAgree(app, ("51", 2026), ("5107", 2025), ("22", 2026)), IClassFixture<PostgresDemoApp>;

public sealed class SqliteRandomRuleTwins(SqliteRandomRosterApp app)
    : RuleTwinsAgree(app, ("51", 2026), ("51", 2025), ("5107", 2026), (RandomRoster.RequirementCounty, 2026)), IClassFixture<SqliteRandomRosterApp>;

public sealed class PostgresRandomRuleTwins(PostgresRandomRosterApp app)
    : RuleTwinsAgree(app, ("51", 2026), ("51", 2025), ("5107", 2026), (RandomRoster.RequirementCounty, 2026)), IClassFixture<PostgresRandomRosterApp>;

/// <summary>
/// The subsidy statement's SQL and <see cref="Domain.Subsidies.SubsidyRule"/> agree line by line: over the hand-worked
/// data set with a claim approved (ALREADY_CLAIMED) and province and city versions beside the county's two, and over the
/// demo's Jiyuan cases under its demo policy.
/// </summary>
public abstract class SubsidyRuleTwins(RegistryApp app)
{
    [Fact]
    public async Task StatementSqlMatchesSubsidyRuleOverTheDemoAndTheHandWorkedSet()
    {
        await Subsidies.SubsidyFixtureData.BuildAsync(app);
        var s = new Subsidies.SubsidyScenario(app);
        var claim = await s.Create(s.As(Domain.Access.Role.FinanceClerk, "440103", "c"), "440103", "2026-01-01", "2026-02-15");
        var id = claim["claim"]!["id"]!.GetValue<string>();
        await s.Step(s.As(Domain.Access.Role.FinanceClerk, "440103", "c"), "submitSubsidyClaim", id);
        Subsidies.SubsidyTestHelp.Ok(await s.Step(s.As(Domain.Access.Role.FinanceApprover, "440103", "a"), "approveSubsidyClaim", id));
        // Less specific versions beside 440103's two: the SQL picks a policy per key and day range, so every level and a
        // change of version inside the period must resolve as SubsidyPolicyResolver does.
        Subsidies.SubsidyTestHelp.Ok(await s.SetPolicy(Subsidies.SubsidyScenario.Policy("44", "2025-12-01", ordinaryWritten: 7000)));
        Subsidies.SubsidyTestHelp.Ok(await s.SetPolicy(Subsidies.SubsidyScenario.Policy("4401", "2026-02-10", ordinaryWritten: 9000)));
        await app.WithDbAsync(async db =>
        {
            var hand = await SubsidyTwins.AgreeAsync(db, "4401", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
            Assert.True(hand.Count >= 8, string.Join(", ", hand));
            var demo = await SubsidyTwins.AgreeAsync(db, "419001", new DateOnly(2025, 11, 1), new DateOnly(2026, 10, 31));
            Assert.True(demo.GetValueOrDefault(Domain.Subsidies.SubsidyReason.Payable) > 0 && demo.Count >= 3, string.Join(", ", demo));
            // The provinces around them and the country: a wide scope reads the span read models whole and sums its months
            // side by side.
            Assert.Equal(hand, await SubsidyTwins.AgreeAsync(db, "44", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)));
            var province = await SubsidyTwins.AgreeAsync(db, "41", new DateOnly(2025, 11, 1), new DateOnly(2026, 10, 31));
            Assert.True(province.GetValueOrDefault(Domain.Subsidies.SubsidyReason.Payable) >= demo.GetValueOrDefault(Domain.Subsidies.SubsidyReason.Payable),
                string.Join(", ", province));
            var nation = await SubsidyTwins.AgreeAsync(db, "CN", new DateOnly(2025, 11, 1), new DateOnly(2026, 10, 31));
            Assert.True(nation.GetValueOrDefault(Domain.Subsidies.SubsidyReason.Payable) >= province.GetValueOrDefault(Domain.Subsidies.SubsidyReason.Payable),
                string.Join(", ", nation));
        });
    }
}

public sealed class SqliteSubsidyRuleTwins(SqliteDemoApp app) : SubsidyRuleTwins(app), IClassFixture<SqliteDemoApp>;

public sealed class PostgresSubsidyRuleTwins(PostgresDemoApp app) : SubsidyRuleTwins(app), IClassFixture<PostgresDemoApp>;
