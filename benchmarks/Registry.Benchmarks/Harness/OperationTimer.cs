using System.Diagnostics;
using Npgsql;

namespace Registry.Benchmarks.Harness;

/// <summary>
/// Times an operation through the API and by its statement, runs alternating (API, SQL, API, SQL…) so that a burst of
/// load from elsewhere falls on both, after one warm-up of each whose figures must agree.
/// </summary>
public sealed class OperationTimer(GraphQLClient api, NpgsqlDataSource database, TimeSpan budget, int minRuns, int maxRuns)
{
    public async Task<OperationResult> TimeAsync(Operation operation)
    {
        Figures fromApi;
        try
        {
            fromApi = operation.FromApi(await api.DataAsync(operation.Query, operation.Variables));
        }
        catch (InvalidOperationException e)
        {
            return OperationResult.Failed(operation, e.Message);
        }
        var fromSql = await SqlFiguresAsync(operation);
        var disagreeing = fromApi.Where(f => !fromSql.TryGetValue(f.Key, out var value) || value != f.Value).Select(f => f.Key).ToList();

        var (apiTimes, sqlTimes) = (new Latencies(), new Latencies());
        var clock = Stopwatch.StartNew();
        while (apiTimes.Count < maxRuns && (apiTimes.Count < minRuns || clock.Elapsed < budget))
        {
            var watch = Stopwatch.StartNew();
            await api.DataAsync(operation.Query, operation.Variables);
            apiTimes.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await SqlFiguresAsync(operation);
            sqlTimes.Add(watch.Elapsed.TotalMilliseconds);
        }
        return new OperationResult(operation.Name, operation.SqlComputes, apiTimes, sqlTimes, fromApi, fromSql, disagreeing, null,
            Machine.LoadAverage());
    }

    /// <summary>Runs the statement, reads every row (as a client would) and keeps the first row's columns.</summary>
    private async Task<Figures> SqlFiguresAsync(Operation operation)
    {
        await using var command = database.CreateCommand(operation.Sql);
        foreach (var (name, value) in operation.Parameters) command.Parameters.AddWithValue(name, value);
        await using var reader = await command.ExecuteReaderAsync();
        var figures = new Figures();
        var first = true;
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
                if (first) figures[reader.GetName(i)] = value;
            }
            first = false;
        }
        return figures;
    }
}

/// <summary>One operation's timings and the figures both sides gave; <see cref="Error"/> when the API refused it.</summary>
public sealed record OperationResult(string Name, string SqlComputes, Latencies Api, Latencies Sql, Figures FromApi, Figures FromSql,
    IReadOnlyList<string> Disagreeing, string? Error, string LoadAverage)
{
    public bool Agrees => Error is null && Disagreeing.Count == 0;

    public double Ratio => Api.P50 / Sql.P50;

    public static OperationResult Failed(Operation operation, string error) =>
        new(operation.Name, operation.SqlComputes, new Latencies(), new Latencies(), new Figures(), new Figures(), [], error, Machine.LoadAverage());
}
