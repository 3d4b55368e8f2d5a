using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Registry.Api.Hosting;
using Registry.Api.Tests.Infrastructure;
using Registry.Data.Generation;

namespace Registry.Api.Tests.Generation;

/// <summary>
/// One county of Hebei (130108 裕华区) generated into the test service's own PostgreSQL database through the real
/// <c>generate</c> command: with seed 7, again with seed 7 and with seed 8 (the roster emptied between runs), each
/// run's row counts and checksum kept; then seed 7 once more, which the tests read and query through <c>/graphql</c>.
/// </summary>
public sealed class GeneratedCounty : IAsyncLifetime
{
    public const string County = "130108";
    public const string AsOf = "2026-11-22";

    public PostgresApp App { get; } = new();
    public string ConnectionString => App.Services.GetRequiredService<IConfiguration>().GetConnectionString("Registry")!;
    public IConfiguration Configuration => App.Services.GetRequiredService<IConfiguration>();

    /// <summary>Row counts and checksum after each run, keyed by run name (seed7, seed7again, seed8).</summary>
    public Dictionary<string, (string Counts, string Checksum)> Runs { get; } = [];

    public string LastOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        App.CreateClient().Dispose(); // starts the host: migrated, regions and reference data loaded
        foreach (var (run, seed) in new[] { ("seed7", 7), ("seed7again", 7), ("seed8", 8), ("final", 7) })
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            var exit = await GenerateCommand.RunAsync(["generate", "--region", County, "--seed", seed.ToString(), "--as-of", AsOf],
                Configuration, output, GenerationProgress.None, errors);
            if (exit != 0) throw new InvalidOperationException($"generate exited {exit}: {errors}");
            LastOutput = output.ToString();
            if (run == "final") break;
            Runs[run] = (await ScalarAsync(CountsSql), await ScalarAsync(ChecksumSql));
            await ExecuteAsync("TRUNCATE " + string.Join(", ", RosterGenerator.Tables) + ", training_credits, screening_round_days RESTART IDENTITY CASCADE");
        }
    }

    public Task DisposeAsync() => App.DisposeAsync().AsTask();

    public async Task<string> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static readonly string CountsSql = "SELECT concat_ws(' ', " +
        string.Join(", ", RosterGenerator.Tables.Select(t => $"(SELECT count(*) FROM {t})")) + ")";

    private const string ChecksumSql = """
        SELECT md5(
          (SELECT string_agg(concat_ws('|', name, kind, region_code, established_on), ',' ORDER BY id) FROM committees) ||
          (SELECT string_agg(concat_ws('|', name, id_number, birth_date, phone), ',' ORDER BY id) FROM mediators) ||
          (SELECT string_agg(concat_ws('|', mediator_id, committee_id, employment, start_date, end_date), ',' ORDER BY id) FROM appointments) ||
          (SELECT string_agg(concat_ws('|', lead_mediator_id, received_on, closed_on, outcome, category, party_set_fingerprint), ',' ORDER BY id) FROM cases) ||
          (SELECT string_agg(concat_ws('|', case_id, fingerprint), ',' ORDER BY case_id, fingerprint) FROM case_parties) ||
          (SELECT string_agg(concat_ws('|', number, valid_until, status), ',' ORDER BY id) FROM certificates))
        """;
}
