using System.Reflection;
using System.Text.Json;
using Registry.Domain.Common;

namespace Registry.Data.Migrations;

/// <summary>
/// Masks the personal values that audit entries written before personal data was protected still hold raw, for every
/// property marked <see cref="PersonalDataAttribute"/>: <c>"phone": "13800138000"</c> becomes
/// <c>"phone": {"masked": "138****8000", "fingerprint": null}</c>. SQL has no key for a fingerprint, so these old
/// entries show which personal field changed but not whether two values were equal. The masks repeat
/// <see cref="PersonalDataMask"/> in SQL, once, for this one pass. The append-only trigger is lifted only meanwhile.
/// </summary>
public static class LegacyAuditMasking
{
    private const string Stars = "********************";

    public static IEnumerable<string> Sql(DatabaseProvider provider)
    {
        var postgres = provider == DatabaseProvider.Postgres;
        yield return postgres
            ? "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only;"
            : "DROP TRIGGER IF EXISTS audit_entries_no_update;";
        foreach (var (entityType, name, kind) in PersonalProperties())
            foreach (var column in new[] { "before", "after" })
                yield return postgres ? Postgres(entityType, name, kind, column) : Sqlite(entityType, name, kind, column);
        yield return postgres
            ? "ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only;"
            : "CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;";
    }

    private static IEnumerable<(string EntityType, string Name, PersonalDataKind Kind)> PersonalProperties() =>
        from type in typeof(PersonalDataAttribute).Assembly.GetTypes()
        from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        let personal = property.GetCustomAttribute<PersonalDataAttribute>()
        where personal is not null
        orderby type.Name, property.Name
        select (type.Name, JsonNamingPolicy.CamelCase.ConvertName(property.Name), personal.Kind);

    private static string Sqlite(string entityType, string name, PersonalDataKind kind, string column)
    {
        var value = $"json_extract({column}, '$.{name}')";
        var mask = kind switch
        {
            PersonalDataKind.IdNumber => $"CASE WHEN length({value}) = 18 THEN substr({value}, 1, 6) || '********' || substr({value}, 15, 4) ELSE substr('{Stars}', 1, length({value})) END",
            PersonalDataKind.Phone => $"CASE WHEN length({value}) <= 7 THEN substr('{Stars}', 1, length({value})) ELSE substr({value}, 1, 3) || substr('{Stars}', 1, length({value}) - 7) || substr({value}, -4) END",
            _ => "'***'",
        };
        return $"""
            UPDATE audit_entries SET {column} = json_set({column}, '$.{name}', json_object('masked', {mask}, 'fingerprint', NULL))
            WHERE entity_type = '{entityType}' AND json_valid({column}) AND json_type({column}, '$.{name}') = 'text';
            """;
    }

    private static string Postgres(string entityType, string name, PersonalDataKind kind, string column)
    {
        var value = $"({column}::jsonb ->> '{name}')";
        var mask = kind switch
        {
            PersonalDataKind.IdNumber => $"CASE WHEN length({value}) = 18 THEN left({value}, 6) || '********' || substr({value}, 15, 4) ELSE repeat('*', length({value})) END",
            PersonalDataKind.Phone => $"CASE WHEN length({value}) <= 7 THEN repeat('*', length({value})) ELSE left({value}, 3) || repeat('*', length({value}) - 7) || right({value}, 4) END",
            _ => "'***'",
        };
        return $"""
            UPDATE audit_entries SET {column} = jsonb_set({column}::jsonb, '{"{"}{name}{"}"}', jsonb_build_object('masked', {mask}, 'fingerprint', NULL))::text
            WHERE entity_type = '{entityType}' AND {column} IS NOT NULL AND jsonb_typeof({column}::jsonb -> '{name}') = 'string';
            """;
    }
}
