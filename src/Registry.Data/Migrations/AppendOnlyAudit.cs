using Microsoft.EntityFrameworkCore.Migrations;

namespace Registry.Data.Migrations;

/// <summary>
/// Database triggers that make the audit trail append-only: even SQL that bypasses the API cannot edit or delete it.
/// </summary>
internal static class AppendOnlyAudit
{
    public static void CreateForPostgres(MigrationBuilder migration)
    {
        migration.Sql("""
            CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'audit_entries is append-only'; END $$;
            CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
            FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
            """);
    }

    public static void DropForPostgres(MigrationBuilder migration) =>
        migration.Sql("DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries; DROP FUNCTION IF EXISTS audit_entries_append_only();");

    public static void CreateForSqlite(MigrationBuilder migration)
    {
        migration.Sql("CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;");
        migration.Sql("CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;");
    }

    public static void DropForSqlite(MigrationBuilder migration)
    {
        migration.Sql("DROP TRIGGER IF EXISTS audit_entries_no_update;");
        migration.Sql("DROP TRIGGER IF EXISTS audit_entries_no_delete;");
    }
}
