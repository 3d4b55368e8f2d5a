using Npgsql;

namespace Registry.Data.Generation;

/// <summary>
/// Takes the secondary indexes and foreign keys off the tables a bulk load fills and puts them back afterwards: PostgreSQL
/// then builds each index once, sorted, and checks each foreign key with one join, instead of maintaining five indexes
/// and firing two triggers per row. Primary keys stay. Everything happens inside the load's transaction, so a failed
/// load leaves the schema as it was; the definitions come from the catalogue, so they are the migrations' own.
/// </summary>
internal sealed class TableConstraints
{
    private readonly List<string> indexes = [];
    private readonly List<(string Table, string Name, string Definition)> foreignKeys = [];

    public int IndexCount => indexes.Count;

    public static async Task<TableConstraints> DropAsync(NpgsqlConnection connection, IReadOnlyList<string> tables, CancellationToken ct)
    {
        var dropped = new TableConstraints();
        const string sql = """
            SELECT 'i', c.relname, pg_get_indexdef(i.indexrelid), i.indexrelid::regclass::text
            FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
            WHERE c.relname = ANY(@tables) AND c.relnamespace = 'public'::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            UNION ALL
            SELECT 'f', c.relname, pg_get_constraintdef(k.oid), k.conname
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
            WHERE c.relname = ANY(@tables) AND c.relnamespace = 'public'::regnamespace AND k.contype = 'f'
            """;
        await using (var read = new NpgsqlCommand(sql, connection))
        {
            read.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (reader.GetString(0) == "i") dropped.indexes.Add(OnEveryPartition(reader.GetString(2)));
                else dropped.foreignKeys.Add((reader.GetString(1), reader.GetString(3), reader.GetString(2)));
            }
        }
        foreach (var (table, name, _) in dropped.foreignKeys)
            await ExecuteAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT {name}", ct);
        foreach (var definition in dropped.indexes)
            await ExecuteAsync(connection, "DROP INDEX " + IndexName(definition), ct);
        return dropped;
    }

    /// <summary>Builds the indexes again, then adds the foreign keys (each validated by one scan, helped by the indexes).</summary>
    public async Task RestoreAsync(NpgsqlConnection connection, GenerationProgress progress, CancellationToken ct)
    {
        progress.Begin("indexes", indexes.Count + foreignKeys.Count, "indexes and keys");
        await ExecuteAsync(connection, "SET LOCAL maintenance_work_mem = '512MB'", ct);
        foreach (var definition in indexes)
        {
            await ExecuteAsync(connection, definition, ct);
            progress.Step();
        }
        foreach (var (table, name, definition) in foreignKeys)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}", ct);
            progress.Step();
        }
        progress.End();
    }

    /// <summary>
    /// The catalogue gives a partitioned table's index as <c>CREATE INDEX … ON ONLY cases …</c>, which makes an invalid
    /// index on the parent alone (dropping it dropped the partitions' indexes too); without <c>ONLY</c> PostgreSQL builds
    /// the index on every partition and attaches them, as the migration did.
    /// </summary>
    private static string OnEveryPartition(string definition) => definition.Replace(" ON ONLY ", " ON ", StringComparison.Ordinal);

    /// <summary><c>CREATE [UNIQUE] INDEX name ON …</c> → <c>name</c>.</summary>
    private static string IndexName(string definition)
    {
        var words = definition.Split(' ');
        return words[Array.IndexOf(words, "INDEX") + 1];
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
