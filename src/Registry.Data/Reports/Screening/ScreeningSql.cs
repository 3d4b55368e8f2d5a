using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace Registry.Data.Reports.Screening;

/// <summary>
/// The raw-SQL plumbing of the screening report: parameter binding, reading rows on the context's connection, and a
/// small table handed over as one JSON parameter (an array of arrays) that both databases unpack
/// (<c>json_array_elements</c> on PostgreSQL, <c>json_each</c> on SQLite) — a handful of rows of period bounds
/// without a statement per committee and without building values into the SQL text.
/// </summary>
public static class ScreeningSql
{
    public enum Column { Int, Text, Date }

    /// <summary>When set (by the benchmark), each statement's EXPLAIN ANALYZE on PostgreSQL is passed to it line by line.</summary>
    public static Action<string>? Explain { get; set; }

    /// <summary>A FROM item named <paramref name="alias"/> with the given columns, read from the JSON parameter <paramref name="parameter"/>.</summary>
    public static string JsonTable(DatabaseProvider provider, string parameter, string alias, params (string Name, Column Type)[] columns)
    {
        var select = string.Join(", ", columns.Select((c, i) => $"{Cell(provider, i, c.Type)} AS {c.Name}"));
        var source = provider == DatabaseProvider.Postgres ? $"json_array_elements(CAST(@{parameter} AS json)) e" : $"json_each(@{parameter}) e";
        return $"(SELECT {select} FROM {source}) {alias}";
    }

    private static string Cell(DatabaseProvider provider, int index, Column type) => provider == DatabaseProvider.Postgres
        ? type switch { Column.Int => $"CAST(e->>{index} AS integer)", Column.Date => $"CAST(e->>{index} AS date)", _ => $"(e->>{index})" }
        : type == Column.Int ? $"CAST(json_extract(e.value, '$[{index}]') AS INTEGER)" : $"json_extract(e.value, '$[{index}]')";

    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Runs one statement on the context's connection (and transaction) and reads each row.</summary>
    public static async Task<List<T>> ReadAsync<T>(RegistryDbContext db, string sql, Action<DbCommand> bind, Func<DbDataReader, T> read, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind(command);
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (Explain is { } explain)
            {
                var text = command.CommandText;
                command.CommandText = "EXPLAIN (ANALYZE, BUFFERS) " + text;
                await using (var plan = await command.ExecuteReaderAsync(ct))
                    while (await plan.ReadAsync(ct)) explain(plan.GetString(0));
                command.CommandText = text;
            }
            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) rows.Add(read(reader));
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static DateOnly ReadDate(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        var v => DateOnly.ParseExact(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
