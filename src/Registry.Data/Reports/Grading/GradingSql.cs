using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage;

namespace Registry.Data.Reports.Grading;

/// <summary>
/// The pieces the grading reports' SQL shares, the same on both databases, and a plain parameterised command to run it:
/// dates go as dates to PostgreSQL and as ISO text to SQLite, which stores them so.
/// </summary>
internal static class GradingSql
{
    /// <summary>
    /// <c>serving</c>: each mediator with an appointment in force on @as_of at a committee of the region's subtree
    /// (<see cref="Appointment.IsActiveOn"/>), with the first day of their earliest appointment begun by then.
    /// </summary>
    public const string Serving = """
        serving AS (
          SELECT a.mediator_id FROM appointments a JOIN committees c ON c.id = a.committee_id
          WHERE c.region_code >= @region_lo AND c.region_code < @region_hi
            AND a.start_date <= @as_of AND (a.end_date IS NULL OR a.end_date >= @as_of)
          GROUP BY a.mediator_id)
        """;

    /// <summary>
    /// <c>certified</c>: the mediators with a valid certificate on @as_of — <see cref="Domain.Certificates.Certificate.IsValidOn"/>:
    /// the certificate's latest event on or before the day left it ACTIVE with a validity reaching the day.
    /// </summary>
    public const string Certified = "certified AS (SELECT DISTINCT e.mediator_id FROM " + ValidEvent + ")";

    /// <summary>
    /// An event (<c>e</c>) that leaves its certificate valid on @as_of and is its latest by then: no event of the same
    /// certificate with a higher sequence on or before the day. An anti-join that PostgreSQL hashes, where ranking every
    /// certificate's events (ROW_NUMBER over a sort) took twice as long.
    /// </summary>
    public const string ValidEvent = """
        certificate_events e
          WHERE e."on" <= @as_of AND e.status_after = 'Active' AND e.valid_until_after >= @as_of
            AND NOT EXISTS (SELECT 1 FROM certificate_events n
                            WHERE n.certificate_id = e.certificate_id AND n.sequence > e.sequence AND n."on" <= @as_of)
        """;

    public static async Task<List<T>> ReadAsync<T>(RegistryDbContext db, string sql, IReadOnlyDictionary<string, object> parameters,
        Func<DbDataReader, T> row, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        // On PostgreSQL the statement runs in a transaction of its own (unless one is open) with JIT off — compiling
        // its plan cost about 3 s of a province report — and room to hash 200,000 mediators in memory.
        await using var own = db.Provider == DatabaseProvider.Postgres && db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(ct) : null;
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (db.Provider == DatabaseProvider.Postgres)
        {
            command.CommandText = "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'";
            await command.ExecuteNonQueryAsync(ct);
        }
        command.CommandText = sql;
        command.CommandTimeout = 300;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value is DateOnly d && db.Provider == DatabaseProvider.Sqlite ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value;
            command.Parameters.Add(parameter);
        }
        var rows = new List<T>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) rows.Add(row(reader));
        if (own is not null) await own.CommitAsync(ct);
        return rows;
    }

    /// <summary>@region_lo, @region_hi and @as_of for a region subtree on a day.</summary>
    public static Dictionary<string, object> Scope(string regionCode, DateOnly asOf) => new()
    {
        ["region_lo"] = regionCode,
        ["region_hi"] = Domain.Regions.RegionCode.UpperBound(regionCode),
        ["as_of"] = asOf,
    };

    public static int Int(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static DateOnly? Date(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        string s => DateOnly.ParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => throw new InvalidCastException($"Unexpected date value {other}."),
    };
}
