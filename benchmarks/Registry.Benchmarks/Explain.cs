using Npgsql;

namespace Registry.Benchmarks;

/// <summary>Prints EXPLAIN ANALYZE of the SQL statements in BENCH_EXPLAIN (a file, statements separated by ';;'), for tuning.</summary>
public static class Explain
{
    public static async Task RunAsync(string connectionString)
    {
        var file = Environment.GetEnvironmentVariable("BENCH_EXPLAIN");
        if (string.IsNullOrEmpty(file)) return;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var sql in (await File.ReadAllTextAsync(file)).Split(";;", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await using var cmd = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
            await using var reader = await cmd.ExecuteReaderAsync();
            Console.WriteLine("---- " + sql.Split('\n')[0]);
            while (await reader.ReadAsync()) Console.WriteLine(reader.GetString(0));
        }
    }
}
