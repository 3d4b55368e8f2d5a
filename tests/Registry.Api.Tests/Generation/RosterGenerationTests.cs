using System.Globalization;
using Microsoft.Extensions.Configuration;
using Registry.Api.Hosting;
using Registry.Data.Generation;
using Npgsql;
using Registry.Data.Seeding;
using Registry.Domain.Cases;
using Registry.Domain.Mediators;

namespace Registry.Api.Tests.Generation;

/// <summary>The <c>generate</c> command on a county of Hebei, on real PostgreSQL, read back by SQL and through <c>/graphql</c>.</summary>
public sealed class RosterGenerationTests(GeneratedCounty county) : IClassFixture<GeneratedCounty>
{
    private Task<string> Sql(string sql) => county.ScalarAsync(sql);
    private async Task<long> Count(string sql) => long.Parse(await Sql(sql), CultureInfo.InvariantCulture);

    [Fact]
    public void TheSameSeedGivesTheSameRows()
    {
        Assert.Equal(county.Runs["seed7"].Counts, county.Runs["seed7again"].Counts);
        Assert.Equal(county.Runs["seed7"].Checksum, county.Runs["seed7again"].Checksum);
    }

    [Fact]
    public void AnotherSeedGivesOtherRows() =>
        Assert.NotEqual(county.Runs["seed7"].Checksum, county.Runs["seed8"].Checksum);

    [Fact]
    public async Task EveryVillageAndTownshipOfTheCountyHasOneCommitteeOfItsLevel()
    {
        // 裕华区 has 125 villages and townships; the whole country's 665,276 divisions were loaded for the run.
        var divisions = await Count($"SELECT count(*) FROM regions WHERE code LIKE '{GeneratedCounty.County}%' AND level IN ('Village', 'Township')");
        var matched = await Count($"""
            SELECT count(*) FROM committees c JOIN regions r ON r.code = c.region_code
            WHERE c.region_code LIKE '{GeneratedCounty.County}%'
              AND (r.level = 'Village' AND c.kind IN ('Village', 'Community') OR r.level = 'Township' AND c.kind IN ('Township', 'Subdistrict'))
            """);
        var regionsWithTwo = await Count("SELECT count(*) FROM (SELECT region_code FROM committees WHERE length(region_code) > 6 GROUP BY 1 HAVING count(*) > 1) x");
        var orphans = await Count("SELECT count(*) FROM committees c WHERE NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = c.region_code)");

        Assert.Equal(125, divisions);
        Assert.Equal((divisions, 0L, 0L), (matched, regionsWithTwo, orphans));
        Assert.Equal(665_276, await Count("SELECT count(*) FROM regions"));
    }

    [Fact]
    public async Task AboutThirteenPercentOfServingMediatorsAreFullTime()
    {
        var share = double.Parse(await Sql("""
            SELECT count(DISTINCT mediator_id) FILTER (WHERE employment = 'FullTime')::float / count(DISTINCT mediator_id)
            FROM appointments WHERE end_date IS NULL
            """), CultureInfo.InvariantCulture);

        Assert.InRange(share, 0.09, 0.18);
    }

    [Fact]
    public async Task NobodyIsAppointedBeforeEighteenAndEveryIdNumberIsAValidHebeiOne()
    {
        var minors = await Count("SELECT count(*) FROM appointments a JOIN mediators m ON m.id = a.mediator_id WHERE a.start_date < m.birth_date + interval '18 years'");
        var numbers = (await Sql("SELECT string_agg(id_number || ':' || birth_date || ':' || gender, ',') FROM mediators")).Split(',');

        Assert.Equal(0, minors);
        Assert.All(numbers, n =>
        {
            var (number, birth, gender) = (n.Split(':')[0], DateOnly.Parse(n.Split(':')[1], CultureInfo.InvariantCulture), n.Split(':')[2]);
            Assert.True(ResidentIdNumber.TryParse(number, out var parsed, out var reason), $"{number}: {reason}");
            Assert.StartsWith("13", number);
            Assert.Equal((birth, gender), (parsed!.BirthDate, parsed.Gender.ToString()));
        });
        Assert.Equal(numbers.Length, numbers.Select(n => n.Split(':')[0]).Distinct().Count());
    }

    [Fact]
    public async Task EveryCaseIsLedAndCoMediatedByMediatorsAppointedThereOnItsReferenceDay()
    {
        var leads = await Count("""
            SELECT count(*) FROM cases x WHERE NOT EXISTS (SELECT 1 FROM appointments a WHERE a.mediator_id = x.lead_mediator_id
              AND a.committee_id = x.committee_id AND a.start_date <= coalesce(x.closed_on, x.received_on)
              AND (a.end_date IS NULL OR a.end_date >= coalesce(x.closed_on, x.received_on)))
            """);
        var coMediators = await Count("""
            SELECT count(*) FROM case_co_mediators cm JOIN cases x ON x.id = cm.case_id WHERE cm.mediator_id = x.lead_mediator_id
              OR NOT EXISTS (SELECT 1 FROM appointments a WHERE a.mediator_id = cm.mediator_id AND a.committee_id = x.committee_id
              AND a.start_date <= x.closed_on AND (a.end_date IS NULL OR a.end_date >= x.closed_on))
            """);
        var cases = await Count("SELECT count(*) FROM cases WHERE received_on > DATE '2025-11-22' AND received_on <= DATE '2026-11-22'");

        Assert.Equal((0L, 0L), (leads, coMediators));
        Assert.Equal(await Count("SELECT count(*) FROM cases"), cases);
        Assert.InRange(cases / (double)await Count("SELECT count(*) FROM mediators"), 3.0, 7.0);
    }

    [Fact]
    public async Task EveryCaseHasTwoPartiesWhoseSetFingerprintItCarriesAndAboutOneInThirtyThreeRepeatsTheDisputeBefore()
    {
        await using var connection = new NpgsqlConnection(county.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT x.id, x.party_set_fingerprint, string_agg(p.fingerprint, ',') FROM cases x LEFT JOIN case_parties p ON p.case_id = x.id
            GROUP BY x.id, x.party_set_fingerprint
            """, connection);
        var (cases, wrong) = (0, new List<long>());
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
            {
                cases++;
                var parties = reader.IsDBNull(2) ? [] : reader.GetString(2).Split(',');
                if (parties.Length != 2 || parties.Distinct().Count() != 2 || parties.Any(f => f.Length != 64)
                    || reader.IsDBNull(1) || reader.GetString(1) != MediationCase.SetFingerprint(parties))
                    wrong.Add(reader.GetInt64(0));
            }
        // A repeat shares its set with the case before it under the same appointment: same committee, lead and category.
        var repeats = await Count("""
            SELECT count(*) FROM cases x WHERE EXISTS (SELECT 1 FROM cases o WHERE o.party_set_fingerprint = x.party_set_fingerprint AND o.id < x.id)
            """);
        var strayRepeats = await Count("""
            SELECT count(*) FROM cases x JOIN cases o ON o.party_set_fingerprint = x.party_set_fingerprint AND o.id < x.id
            WHERE o.committee_id <> x.committee_id OR o.lead_mediator_id <> x.lead_mediator_id OR o.category <> x.category
            """);
        var readModelOff = await Count("""
            WITH expected AS (
              SELECT id, LAG(received_day_number) OVER (PARTITION BY party_set_fingerprint, category ORDER BY received_day_number, id) AS previous
              FROM cases WHERE outcome IN ('WrittenAgreement', 'OralAgreement'))
            SELECT count(*) FROM expected e FULL JOIN agreed_disputes d ON d.case_id = e.id
            WHERE e.id IS NULL OR d.case_id IS NULL OR d.previous_day_number IS DISTINCT FROM e.previous
            """);

        Assert.Empty(wrong);
        Assert.True(cases > 1000, $"{cases} cases");
        Assert.InRange(repeats / (double)cases, 0.5 / CasePartySetsRepeatOneIn, 1.5 / CasePartySetsRepeatOneIn);
        Assert.Equal(0, strayRepeats);
        Assert.Equal(0, readModelOff);
        Assert.True(await Count("SELECT count(*) FROM agreed_disputes WHERE previous_day_number IS NOT NULL") > 0);
    }

    /// <summary>The generator's share of repeated disputes (CasePartySets.RepeatOneIn, internal to Registry.Data).</summary>
    private const int CasePartySetsRepeatOneIn = 33;

    [Fact]
    public async Task EveryIndexIsBuiltAgainOnEveryPartition()
    {
        var invalid = await Sql("SELECT count(*) FROM pg_index WHERE NOT indisvalid");
        var caseIndexes = await Count("""
            SELECT count(*) FROM pg_index i JOIN pg_inherits p ON p.inhrelid = i.indrelid
            WHERE p.inhparent = 'cases'::regclass AND i.indrelid = 'cases_2026'::regclass
            """);

        Assert.Equal("0", invalid);
        Assert.Equal(await Count("SELECT count(*) FROM pg_index WHERE indrelid = 'cases'::regclass"), caseIndexes);
        Assert.True(caseIndexes >= 5);
    }

    [Fact]
    public async Task DerivedTablesAndSequencesAreRebuilt()
    {
        var credits = await Sql("""
            SELECT (SELECT count(*) FROM training_credits) = (SELECT count(*) FROM (SELECT DISTINCT a.mediator_id, extract(year FROM s.date)
              FROM attendances a JOIN training_sessions s ON s.id = a.session_id WHERE a.minutes > 0 AND s.cancelled_on IS NULL) x)
            """);
        var screened = await Count("SELECT count(*) FROM screening_round_days");
        var nextCommittee = await Count("SELECT nextval(pg_get_serial_sequence('committees', 'id')) - (SELECT max(id) FROM committees)");

        Assert.Equal("True", credits);
        Assert.Equal(await Count("SELECT count(DISTINCT (committee_id, extract(year FROM screened_on))) FROM screening_rounds"), screened);
        Assert.True(screened > 100);
        Assert.Equal(1, nextCommittee);
    }

    [Fact]
    public async Task StaffingComplianceAnswersOverTheGeneratedRoster()
    {
        var report = (await county.App.Data($$"""
            { staffingCompliance(regionCode: "{{GeneratedCounty.County}}", asOf: "{{GeneratedCounty.AsOf}}") {
                committeeCount mediatorCount fullTimeMediatorCount byKind { kind committeeCount } } }
            """))["staffingCompliance"]!;
        const string serving = "a.start_date <= DATE '2026-11-22' AND (a.end_date IS NULL OR a.end_date >= DATE '2026-11-22')";

        Assert.Equal(await Count("SELECT count(*) FROM committees"), report["committeeCount"]!.GetValue<long>());
        Assert.Equal(await Count($"SELECT count(DISTINCT mediator_id) FROM appointments a WHERE {serving}"), report["mediatorCount"]!.GetValue<long>());
        Assert.Equal(await Count($"SELECT count(DISTINCT mediator_id) FROM appointments a WHERE {serving} AND employment = 'FullTime'"),
            report["fullTimeMediatorCount"]!.GetValue<long>());
        var kinds = report["byKind"]!.AsArray();
        Assert.NotEmpty(kinds);
        foreach (var kind in kinds)
        {
            var name = kind!["kind"]!.GetValue<string>().Replace("_", "");
            Assert.Equal(await Count($"SELECT count(*) FROM committees WHERE upper(kind) = '{name}'"), kind["committeeCount"]!.GetValue<long>());
        }
    }

    [Fact]
    public async Task ASecondRunOnTheFilledRosterIsRefused()
    {
        var errors = new StringWriter();
        var exit = await GenerateCommand.RunAsync(["generate", "--region", GeneratedCounty.County, "--seed", "7"],
            county.Configuration, TextWriter.Null, GenerationProgress.None, errors);

        Assert.Equal(1, exit);
        Assert.StartsWith("generate: The roster is not empty (committees, mediators,", errors.ToString());
    }

    [Fact]
    public async Task SqliteIsRefusedSayingWhy()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite" }).Build();
        var errors = new StringWriter();

        var exit = await GenerateCommand.RunAsync(["generate", "--scale", "province", "--seed", "1"], configuration, TextWriter.Null, GenerationProgress.None, errors);

        Assert.Equal(2, exit);
        Assert.Contains("generate writes through PostgreSQL's binary COPY, and Database:Provider is Sqlite", errors.ToString());
    }

    [Fact]
    public async Task PostgresWithoutAPartyHashKeyIsRefusedSayingWhy()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Registry"] = "Host=127.0.0.1;Database=never_opened",
        }).Build();
        var errors = new StringWriter();

        var exit = await GenerateCommand.RunAsync(["generate", "--scale", "province", "--seed", "1"], configuration, TextWriter.Null, GenerationProgress.None, errors);

        Assert.Equal(2, exit);
        Assert.StartsWith("generate: Cases:PartyHashKey is the development key (or empty)", errors.ToString());
    }

    [Theory]
    [InlineData("--scale province --seed 3", "13", 3)]
    [InlineData("--scale province --province 44 --seed 3", "44", 3)]
    [InlineData("--scale national --seed 12", "CN", 12)]
    [InlineData("--region 130108 --seed 1", "130108", 1)]
    public void ArgumentsNameTheScopeAndSeed(string args, string scope, int seed)
    {
        var request = GenerateCommand.Parse(["generate", .. args.Split(' ')])!;

        Assert.Equal((scope, seed, GenerationRequest.DefaultAsOf), (request.Scope, request.Seed, request.AsOf));
    }

    [Theory]
    [InlineData("--scale province")]
    [InlineData("--scale county --seed 1")]
    [InlineData("--scale province --province 1 --seed 1")]
    [InlineData("--scale national --seed 1 --as-of 2026-13-01")]
    public void ArgumentsWithoutAScopeOrSeedAreNoRequest(string args) =>
        Assert.Null(GenerateCommand.Parse(["generate", .. args.Split(' ')]));

    [Fact]
    public void TheFullRegionsFileHoldsTheRowsTheGeneratorCountsOn() =>
        Assert.Equal(RegionImporter.FullFileRows, RegionImporter.Read(SeedFiles.PathOf(RegionImporter.FullFile)).Count());
}
