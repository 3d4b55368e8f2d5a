namespace Registry.Data.Migrations;

/// <summary>
/// Gives mediators registered before the registering region was recorded the jurisdiction of whoever registered them,
/// read from the <c>registerMediator</c> entry of the audit trail (its <c>after</c> JSON holds the new ID). A nationwide
/// (CN) registration, or a mediator with no such entry (seeded, bulk-loaded), stays null: covered only by ministry staff
/// until appointed.
/// </summary>
public static class MediatorRegisteringRegionBackfill
{
    public static string Sql(DatabaseProvider provider) => $"""
        UPDATE mediators SET registering_region_code = (
            SELECT NULLIF(a.jurisdiction, 'CN') FROM audit_entries a
            WHERE a.operation = 'registerMediator' AND a.entity_type = 'Mediator' AND a.after IS NOT NULL
              AND {(provider == DatabaseProvider.Postgres ? "(a.after::jsonb ->> 'id') = mediators.id::text" : "json_extract(a.after, '$.id') = mediators.id")}
            ORDER BY a.at, a.id LIMIT 1)
        WHERE registering_region_code IS NULL;
        """;
}
