using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Storage;

namespace Registry.Data.Reports.Sql;

/// <summary>
/// Runs a <see cref="SqlStatement"/> on a context's connection (and its transaction, if one is open) and reads each
/// row into a row record. The one way a report runs raw SQL; <see cref="ReportSession"/> decides which connection.
/// </summary>
public static class SqlReading
{
    public static async Task<List<T>> ReadAsync<T>(this RegistryDbContext db, SqlStatement statement, Func<DbDataReader, T> read,
        CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            statement.BindTo(command);
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
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

    /// <summary>
    /// Runs a statement and yields each row as it is read, holding none of them: for exports, whose memory must not grow
    /// with the rows. The connection stays open (and the context busy) until the caller has read to the end or stopped.
    /// </summary>
    public static async IAsyncEnumerable<T> StreamAsync<T>(this RegistryDbContext db, SqlStatement statement, Func<DbDataReader, T> read,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            statement.BindTo(command);
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) yield return read(reader);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Runs a statement that returns no rows (on the context's connection and transaction); returns the rows it touched.</summary>
    public static async Task<int> ExecuteAsync(this RegistryDbContext db, SqlStatement statement, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            statement.BindTo(command);
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            return await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Column readers that hide how each database returns a type: SQLite gives every integer as Int64 and booleans as
    // integers, PostgreSQL gives COUNT(*) as Int64 and SUM of integers as Int64 or numeric.

    public static int Int(this DbDataReader reader, int column) => reader.IsDBNull(column) ? 0 : Convert.ToInt32(reader.GetValue(column));

    public static long Long(this DbDataReader reader, int column) => reader.IsDBNull(column) ? 0 : Convert.ToInt64(reader.GetValue(column));

    public static bool Bool(this DbDataReader reader, int column) => Convert.ToBoolean(reader.GetValue(column));

    public static string? Text(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>A date, or null: PostgreSQL gives a date, SQLite the ISO text it stores (a timestamp's date part included).</summary>
    public static DateOnly? Date(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetValue(column) switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        string s => DateOnly.ParseExact(s[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        var other => throw new InvalidCastException($"Unexpected date value {other}."),
    };

    /// <summary>An enum stored by name (every enum of the model is).</summary>
    public static TEnum Enum<TEnum>(this DbDataReader reader, int column) where TEnum : struct, Enum =>
        System.Enum.Parse<TEnum>(reader.GetString(column));
}
