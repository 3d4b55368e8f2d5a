using System.Data.Common;
using System.IO.Compression;
using Npgsql;
using NpgsqlTypes;

namespace Registry.Data.Seeding;

/// <summary>
/// Loads the administrative divisions (code,name,level,parent_code) into an empty regions table, with one bulk
/// statement per provider rather than one EF insert per row. Two files: <see cref="SubsetFile"/> (every province,
/// prefecture, county and township, and a sample of villages: 113 thousand rows, quick enough for every test database)
/// and <see cref="FullFile"/> (every village as well: 665 thousand rows), which the roster generator loads because it
/// gives every village its committee.
/// </summary>
public static class RegionImporter
{
    /// <summary>The default regions: all levels down to townships, and a sample of the villages.</summary>
    public const string SubsetFile = "regions.csv.gz";

    /// <summary>All 665,276 divisions of the country, villages included.</summary>
    public const string FullFile = "regions-full.csv.gz";

    /// <summary>The rows of <see cref="FullFile"/>: a regions table holding as many holds them all (no code is ever removed).</summary>
    public const int FullFileRows = 665_276;

    public static async Task<int> ImportIfEmptyAsync(RegistryDbContext db, CancellationToken ct = default) =>
        await ImportIfEmptyAsync(db, SubsetFile, ct);

    public static async Task<int> ImportIfEmptyAsync(RegistryDbContext db, string file, CancellationToken ct = default)
    {
        if (await db.Regions.AnyAsync(ct)) return 0;
        var regions = Read(SeedFiles.PathOf(file)).ToList();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (db.Provider == DatabaseProvider.Postgres) await CopyAsync((NpgsqlConnection)connection, regions, ct);
            else await InsertAsync(connection, regions, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return regions.Count;
    }

    /// <summary>
    /// Adds the regions of <paramref name="file"/> that the table lacks, leaving the others as they are (PostgreSQL only:
    /// a COPY into a temporary table and one INSERT of the codes not yet there). Returns how many.
    /// </summary>
    public static async Task<int> AddMissingAsync(RegistryDbContext db, string file, CancellationToken ct = default)
    {
        if (db.Provider != DatabaseProvider.Postgres)
            throw new NotSupportedException("Adding regions to a filled table is done with PostgreSQL's COPY.");
        var regions = Read(SeedFiles.PathOf(file)).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE IF NOT EXISTS regions_incoming (LIKE regions INCLUDING DEFAULTS); TRUNCATE regions_incoming", connection))
            await create.ExecuteNonQueryAsync(ct);
        await CopyAsync(connection, regions, ct, "regions_incoming");
        await using var insert = new NpgsqlCommand(
            "INSERT INTO regions (code, name, level, parent_code) SELECT code, name, level, parent_code FROM regions_incoming i " +
            "WHERE NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = i.code); DROP TABLE regions_incoming", connection) { CommandTimeout = 600 };
        return await insert.ExecuteNonQueryAsync(ct);
    }

    public static IEnumerable<Region> Read(string gzipCsvPath)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(gzipCsvPath), CompressionMode.Decompress));
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            yield return new Region
            {
                Code = f[0],
                Name = f[1],
                Level = Enum.Parse<RegionLevel>(f[2], ignoreCase: true),
                ParentCode = f[3].Length == 0 ? null : f[3],
            };
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, List<Region> regions, CancellationToken ct, string table = "regions")
    {
        await using var import = await connection.BeginBinaryImportAsync(
            $"COPY {table} (code, name, level, parent_code) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in regions)
        {
            await import.StartRowAsync(ct);
            await import.WriteAsync(r.Code, NpgsqlDbType.Text, ct);
            await import.WriteAsync(r.Name, NpgsqlDbType.Text, ct);
            await import.WriteAsync(r.Level.ToString(), NpgsqlDbType.Text, ct);
            if (r.ParentCode is null) await import.WriteNullAsync(ct);
            else await import.WriteAsync(r.ParentCode, NpgsqlDbType.Text, ct);
        }
        await import.CompleteAsync(ct);
    }

    private static async Task InsertAsync(DbConnection connection, List<Region> regions, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO regions (code, name, level, parent_code) VALUES ($c, $n, $l, $p)";
        var parameters = new[] { "$c", "$n", "$l", "$p" }.Select(n =>
        {
            var p = cmd.CreateParameter();
            p.ParameterName = n;
            cmd.Parameters.Add(p);
            return p;
        }).ToArray();
        await cmd.PrepareAsync(ct);
        foreach (var r in regions)
        {
            parameters[0].Value = r.Code;
            parameters[1].Value = r.Name;
            parameters[2].Value = r.Level.ToString();
            parameters[3].Value = (object?)r.ParentCode ?? DBNull.Value;
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }
}
