using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Registry.Data.Cases;

/// <summary>
/// Writes new cases with their parties and co-mediators. On PostgreSQL: ids drawn from the table's sequence in one
/// query, then three binary COPYs inside the caller's transaction, so a 5,000-row import is a handful of round trips.
/// Columns and value conversions come from the EF model, so the COPY follows the model. On SQLite: plain AddRange.
/// </summary>
public static class CaseBulkWriter
{
    public static async Task AddAsync(RegistryDbContext db, IReadOnlyList<MediationCase> cases, CancellationToken ct)
    {
        if (cases.Count == 0) return;
        if (db.Provider != DatabaseProvider.Postgres || db.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            db.Cases.AddRange(cases);
            return;
        }
        var caseType = db.Model.FindEntityType(typeof(MediationCase))!;
        var ids = await db.Database
            .SqlQuery<long>($"SELECT nextval(pg_get_serial_sequence({caseType.GetTableName()}, 'id')) AS \"Value\" FROM generate_series(1, {cases.Count})")
            .ToListAsync(ct);
        var idOf = new Dictionary<MediationCase, long>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < cases.Count; i++) idOf[cases[i]] = ids[i];

        await CopyAsync(connection, caseType, cases.Select(c => (Owner: c, Row: (object)c)), idOf, "Id", ct);
        await CopyAsync(connection, db.Model.FindEntityType(typeof(CaseParty))!,
            cases.SelectMany(c => c.Parties.Select(p => (Owner: c, Row: (object)p))), idOf, "CaseId", ct);
        await CopyAsync(connection, db.Model.FindEntityType(typeof(CaseCoMediator))!,
            cases.SelectMany(c => c.CoMediators.Select(m => (Owner: c, Row: (object)m))), idOf, "CaseId", ct);
    }

    /// <summary>COPYs rows of <paramref name="type"/>; <paramref name="caseIdProperty"/> is written from the owning case's new id.</summary>
    private static async Task CopyAsync(NpgsqlConnection connection, IEntityType type, IEnumerable<(MediationCase Owner, object Row)> rows,
        Dictionary<MediationCase, long> idOf, string caseIdProperty, CancellationToken ct)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var properties = type.GetProperties().ToList();
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (owner, row) in rows)
        {
            await writer.StartRowAsync(ct);
            foreach (var property in properties)
            {
                var value = property.Name == caseIdProperty ? idOf[owner] : property.GetGetter().GetClrValue(row);
                if (value is null)
                {
                    await writer.WriteNullAsync(ct);
                    continue;
                }
                if (property.GetTypeMapping().Converter is { } converter) value = converter.ConvertToProvider(value);
                var storeType = property.GetColumnType(table);
                var paren = storeType.IndexOf('(');
                await writer.WriteAsync(value, paren < 0 ? storeType : storeType[..paren], ct);
            }
        }
        await writer.CompleteAsync(ct);
    }
}
