using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;
using Registry.Data.Querying;
using Registry.Data.Reports.Cases;
using Xunit.Abstractions;

namespace Registry.Api.Tests.Cases;

/// <summary>
/// On PostgreSQL the PartitionCases migration turns <c>cases</c> into one partition a year of <c>closed_on</c>
/// (2015–2040) and a default one for open cases: stored cases keep their ids and move to their year, a new case lands in
/// its partition, a case that closes moves with its co-mediators and parties still attached, an external number is
/// still unique per platform across every partition (also between two transactions writing it at once), deleting a case still deletes its children, and a failed write
/// leaves nothing behind. The report statements bounded by closing date read only their years (the plans show it). Down
/// makes it one table again, keys and all.
/// </summary>
public sealed class CasePartitionsMigration(ITestOutputHelper output)
{
    private const string Before = "PartitionAuditEntries";

    private const string Roster = """
        INSERT INTO regions (code, name, level) VALUES ('130102001001', '村', 'Village');
        INSERT INTO committees (id, name, kind, region_code, established_on, has_full_time_conditions, has_party_organisation, uniformities, implementations)
        OVERRIDING SYSTEM VALUE VALUES (1, '一村调委会', 'Village', '130102001001', '2010-01-01', false, false, 0, 0);
        INSERT INTO mediators (id, name, gender, birth_date, id_number, background)
        OVERRIDING SYSTEM VALUE VALUES (1, '李一', 'Male', '1980-01-01', 'id-1', 'Other'), (2, '王二', 'Female', '1982-01-01', 'id-2', 'Other');
        """;

    private static string Case(string number, string received, string? closed, long? id = null) =>
        "INSERT INTO cases (" + (id is null ? "" : "id, ") + "source_platform, external_number, committee_id, category, difficulty, lead_mediator_id, " +
        "received_on, closed_on, outcome, turned_criminal, entered_on, received_day_number, entered_late) VALUES (" +
        (id is null ? "" : $"{id}, ") + $"'省平台', '{number}', 1, 'Neighbours', 'Simple', 1, '{received}', " +
        (closed is null ? "NULL, NULL" : $"'{closed}', 'WrittenAgreement'") + $", false, '{closed ?? received}', 0, false)";

    [Fact]
    public async Task CasesArePartitionedByClosingYearKeepingTheirKeysAndChildren()
    {
        var connectionString = await PostgresServer.Instance.CreateDatabaseAsync("registry_case_partitions");
        await using var db = new PostgresRegistryDbContext(RegistryDatabase.Configure(new DbContextOptionsBuilder<PostgresRegistryDbContext>(),
            DatabaseProvider.Postgres, connectionString).Options);
        await db.GetService<IMigrator>().MigrateAsync(Before);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var sql = new Sql(connection, output);
        await sql.Execute(Roster);
        await sql.Execute(Case("A-1", "2025-03-01", "2025-03-05"));
        await sql.Execute(Case("A-2", "2026-10-01", null));
        await sql.Execute(Case("A-3", "2012-06-01", "2012-06-20"));
        await sql.Execute("INSERT INTO case_co_mediators (case_id, mediator_id) VALUES (1, 2), (2, 2)");
        await sql.Execute("INSERT INTO case_parties (case_id, fingerprint) VALUES (2, 'party-2')");

        await db.Database.MigrateAsync();

        Assert.Equal(["r"], await sql.Strings("SELECT partstrat::text FROM pg_partitioned_table WHERE partrelid = 'cases'::regclass"));
        Assert.Equal(27, (await sql.Strings("SELECT inhrelid FROM pg_inherits WHERE inhparent = 'cases'::regclass")).Count);
        Assert.Equal(["cases_open"], await sql.Strings(
            "SELECT c.relname FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partdefid WHERE p.partrelid = 'cases'::regclass"));
        // Stored cases keep their ids; the open one and the one closed before 2015 sit in the default partition.
        Assert.Equal(["1 A-1 cases_2025", "2 A-2 cases_open", "3 A-3 cases_open"], await sql.Placement());
        Assert.Equal(["1 A-1", "2 A-2", "3 A-3"], await sql.Strings("SELECT id || ' ' || external_number FROM case_keys ORDER BY id"));

        // A new case takes the next id and lands in its year; EF reads it through its own model.
        await sql.Execute(Case("A-4", "2026-01-02", "2026-02-10"));
        Assert.Equal("4 A-4 cases_2026", (await sql.Placement())[3]);
        Assert.Equal(["A-1", "A-2", "A-3", "A-4"], await db.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => c.ExternalNumber).ToListAsync());

        // Re-imported with a closing date: the open case moves to 2026 and keeps its co-mediator and party; a later
        // correction moves it again.
        await sql.Execute("UPDATE cases SET closed_on = '2026-11-02', outcome = 'OralAgreement' WHERE id = 2");
        Assert.Equal("2 A-2 cases_2026", (await sql.Placement())[1]);
        await sql.Execute("UPDATE cases SET received_on = '2025-12-01', closed_on = '2025-12-20' WHERE id = 2");
        Assert.Equal("2 A-2 cases_2025", (await sql.Placement())[1]);
        Assert.Equal(["1 2", "2 2"], await sql.Strings("SELECT case_id || ' ' || mediator_id FROM case_co_mediators ORDER BY case_id"));
        Assert.Equal(["2 party-2"], await sql.Strings("SELECT case_id || ' ' || fingerprint FROM case_parties"));

        // The platform's number stays unique across partitions (A-1 is in 2025, the copy would be in 2019 and in the open
        // partition), ids stay unique, a renumbering onto a taken number fails, and none of it leaves a row behind.
        var duplicate = await Assert.ThrowsAsync<PostgresException>(() => sql.Execute(Case("A-1", "2019-05-01", "2019-05-02")));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, duplicate.SqlState);
        Assert.Equal("ix_case_keys_source_platform_external_number", duplicate.ConstraintName);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, (await Assert.ThrowsAsync<PostgresException>(() => sql.Execute(Case("A-1", "2026-05-01", null)))).SqlState);
        Assert.Equal("pk_case_keys", (await Assert.ThrowsAsync<PostgresException>(() => sql.Execute(Case("A-9", "2019-05-01", "2019-05-02", id: 3)))).ConstraintName);
        await Assert.ThrowsAsync<PostgresException>(() => sql.Execute("UPDATE cases SET external_number = 'A-1', closed_on = '2024-01-01' WHERE id = 4"));
        await Assert.ThrowsAsync<PostgresException>(() => sql.Execute("UPDATE cases SET id = 40 WHERE id = 4"));
        // A row written straight into a partition, past the triggers, has no key: refused at commit.
        await Assert.ThrowsAsync<PostgresException>(() => sql.Execute(Case("A-9", "2019-05-01", "2019-05-02", id: 9).Replace("INTO cases", "INTO cases_2019")));
        Assert.Equal(["1 A-1 cases_2025", "2 A-2 cases_2025", "3 A-3 cases_open", "4 A-4 cases_2026"], await sql.Placement());
        Assert.Equal(["1 A-1", "2 A-2", "3 A-3", "4 A-4"], await sql.Strings("SELECT id || ' ' || external_number FROM case_keys ORDER BY id"));

        // A renumbering onto a free number follows into the key; the freed number can be used again.
        await sql.Execute("UPDATE cases SET external_number = 'A-4b' WHERE id = 4");
        await sql.Execute(Case("A-4", "2026-03-01", "2026-03-02"));
        Assert.Equal(["A-4b", "A-4"], await sql.Strings("SELECT external_number FROM case_keys WHERE id >= 4 ORDER BY id"));

        // Deleting a case deletes its key, and the key its co-mediators and parties.
        await sql.Execute("DELETE FROM cases WHERE id = 2");
        Assert.Equal(["1 2"], await sql.Strings("SELECT case_id || ' ' || mediator_id FROM case_co_mediators"));
        Assert.Empty(await sql.Strings("SELECT fingerprint FROM case_parties"));
        Assert.Empty(await sql.Strings("SELECT id FROM case_keys WHERE id = 2"));

        await sql.Execute("ANALYZE cases");
        // caseStatistics for Hebei's first quarter of 2026, the statement EF sends (parameters as EF binds them).
        var statistics = CaseReportQueries.ClosedIn(db, db.Committees.InRegion("13"), new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31))
            .Tally(c => c.Category).ToQueryString();
        var plan = await sql.Plan(statistics);
        Assert.Contains("cases_2026", plan);
        Assert.DoesNotContain("cases_2025", plan);
        Assert.DoesNotContain("cases_open", plan);
        // The subsidy statement's scope (and its LeadsInScope, CoMediatorsInScope): a county's cases closed in a period
        // that spans the new year, as the statement binds them, generic plan or not.
        const string scope = """
            SELECT k.id, k.lead_mediator_id FROM cases k JOIN committees c ON c.id = k.committee_id
            WHERE c.region_code >= @region_lo AND c.region_code < @region_hi AND k.closed_on >= @from AND k.closed_on <= @to
            """;
        var subsidy = await sql.Plan(scope, ("region_lo", "130102"), ("region_hi", "130103"),
            ("from", new DateOnly(2025, 12, 1)), ("to", new DateOnly(2026, 1, 31)));
        Assert.Contains("cases_2025", subsidy);
        Assert.Contains("cases_2026", subsidy);
        Assert.DoesNotContain("cases_2024", subsidy);
        Assert.DoesNotContain("cases_2027", subsidy);
        Assert.DoesNotContain("cases_open", subsidy);
        // A prepared statement's generic plan (parameters unknown when planned) prunes when it starts instead.
        await sql.Execute("SET plan_cache_mode = force_generic_plan");
        await sql.Execute("PREPARE scope (text, text, date, date) AS " +
            scope.Replace("@region_lo", "$1").Replace("@region_hi", "$2").Replace("@from", "$3").Replace("@to", "$4"));
        var generic = await sql.Plan("EXECUTE scope ('130102', '130103', '2025-12-01', '2026-01-31')");
        Assert.Contains("Subplans Removed: 25", generic);
        Assert.Contains("cases_2026", generic);
        Assert.DoesNotContain("cases_open", generic);
        await sql.Execute("DEALLOCATE scope");

        // Down: one table again, with its primary key, unique number and the children's keys back on it.
        await db.GetService<IMigrator>().MigrateAsync(Before);
        Assert.Equal(["r"], await sql.Strings("SELECT relkind::text FROM pg_class WHERE oid = 'cases'::regclass"));
        Assert.Equal(["1 A-1", "3 A-3", "4 A-4b", "7 A-4"], await sql.Strings("SELECT id || ' ' || external_number FROM cases ORDER BY id"));
        Assert.Equal(["fk_case_co_mediators_cases_case_id", "fk_case_parties_cases_case_id", "fk_risk_items_cases_case_id"],
            await sql.Strings("SELECT conname FROM pg_constraint WHERE confrelid = 'cases'::regclass ORDER BY conname"));
        Assert.Equal([""], await sql.Strings("SELECT COALESCE(to_regclass('case_keys')::text, '')"));
        await Assert.ThrowsAsync<PostgresException>(() => sql.Execute(Case("A-1", "2019-05-01", "2019-05-02")));
        await sql.Execute(Case("A-8", "2026-04-01", null));
        Assert.Equal(["A-8"], await sql.Strings("SELECT external_number FROM cases WHERE id > 7"));
    }

    [Fact]
    public async Task TwoWritersOfOneNumberInDifferentYearsAtOnceLeaveOneCase()
    {
        var connectionString = await PostgresServer.Instance.CreateDatabaseAsync("registry_case_keys_race");
        await using (var db = new PostgresRegistryDbContext(RegistryDatabase.Configure(new DbContextOptionsBuilder<PostgresRegistryDbContext>(),
                         DatabaseProvider.Postgres, connectionString).Options))
            await db.Database.MigrateAsync();
        await using var first = new NpgsqlConnection(connectionString);
        await using var second = new NpgsqlConnection(connectionString);
        await first.OpenAsync();
        await second.OpenAsync();
        await new Sql(first, output).Execute(Roster);

        // The first import's case goes to 2019, the second's to the open cases: different partitions, one key.
        await using var one = await first.BeginTransactionAsync();
        await new Sql(first, output).Execute(Case("R-1", "2019-05-01", "2019-05-02"));
        var other = Task.Run(async () =>
        {
            await using var two = await second.BeginTransactionAsync();
            await new Sql(second, output).Execute(Case("R-1", "2026-05-01", null));
            await two.CommitAsync();
        });
        await using (var watching = new NpgsqlConnection(connectionString))
        {
            await watching.OpenAsync();
            var waits = new Sql(watching, output);
            for (var i = 0; i < 100 && (await waits.Strings("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"))[0] == "0"; i++)
                await Task.Delay(50);
            Assert.Equal(["1"], await waits.Strings("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"));
        }
        await one.CommitAsync();
        var refused = await Assert.ThrowsAsync<PostgresException>(() => other);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, refused.SqlState);
        var sql = new Sql(first, output);
        Assert.Equal(["1 R-1 cases_2019"], await sql.Placement());
        Assert.Equal(["1 R-1"], await sql.Strings("SELECT id || ' ' || external_number FROM case_keys"));
    }

    /// <summary>Raw SQL on one connection, each statement in its own transaction.</summary>
    private sealed class Sql(NpgsqlConnection connection, ITestOutputHelper output)
    {
        public async Task Execute(string text)
        {
            await using var command = new NpgsqlCommand(text, connection);
            await command.ExecuteNonQueryAsync();
        }

        public async Task<List<string>> Strings(string text, params (string Name, object Value)[] parameters)
        {
            await using var command = new NpgsqlCommand(text, connection);
            foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync()) rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
            return rows;
        }

        /// <summary>Each case as "id number partition", by id.</summary>
        public Task<List<string>> Placement() =>
            Strings("SELECT id || ' ' || external_number || ' ' || tableoid::regclass FROM cases ORDER BY id");

        /// <summary>
        /// EXPLAIN ANALYZE of a statement with its parameters bound, not inlined; for EF's <c>ToQueryString()</c> text the
        /// parameters are read from its <c>-- @name='value'</c> header.
        /// </summary>
        public async Task<string> Plan(string statement, params (string Name, object Value)[] parameters)
        {
            var lines = statement.Split('\n');
            var bound = parameters.ToList();
            foreach (var header in lines.Where(l => l.StartsWith("-- @", StringComparison.Ordinal)))
            {
                var name = header[4..header.IndexOf('=')];
                var value = header[(header.IndexOf('\'') + 1)..header.LastIndexOf('\'')];
                bound.Add((name, DateOnly.TryParseExact(value, ["yyyy-MM-dd", "MM/dd/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    ? day : value));
            }
            var text = string.Join('\n', lines.Where(l => !l.StartsWith("--", StringComparison.Ordinal)));
            var plan = string.Join('\n', await Strings("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + text, [.. bound]));
            output.WriteLine(plan);
            return plan;
        }
    }
}
