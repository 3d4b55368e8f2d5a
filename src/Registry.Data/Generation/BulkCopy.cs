using Npgsql;
using NpgsqlTypes;

namespace Registry.Data.Generation;

/// <summary>
/// Binary COPY into one table. Rows are written with the importer's synchronous calls: it buffers, and an awaited call
/// per column would cost more than the column.
/// </summary>
internal static class BulkCopy
{
    /// <summary>Begins the COPY; its timeout is an hour, not the connection's 30 s, since a loaded server may stall a write.</summary>
    public static async Task<NpgsqlBinaryImporter> BeginAsync(NpgsqlConnection connection, string table, string columns, CancellationToken ct)
    {
        var import = await connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        import.Timeout = TimeSpan.FromHours(1);
        return import;
    }

    public static void Write(this NpgsqlBinaryImporter import, DateOnly? value)
    {
        if (value is { } day) import.Write(day, NpgsqlDbType.Date);
        else import.WriteNull();
    }

    public static void Write(this NpgsqlBinaryImporter import, string? value)
    {
        if (value is null) import.WriteNull();
        else import.Write(value, NpgsqlDbType.Varchar);
    }

    public static void Write(this NpgsqlBinaryImporter import, bool? value)
    {
        if (value is { } b) import.Write(b, NpgsqlDbType.Boolean);
        else import.WriteNull();
    }
}
