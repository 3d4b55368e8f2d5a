using System.Text;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Registry.Data.Migrations;

/// <summary>
/// The case table partitioned by year of <c>closed_on</c> on PostgreSQL: one partition a year from <see cref="FirstYear"/>
/// through <see cref="LastYear"/> and a default one, <c>cases_open</c>, which holds the open cases (a range partition
/// takes no null key, so they land there) and any case closed outside those years. The reports bound <c>closed_on</c>
/// (caseStatistics, the subsidy statement: <c>closed_on between @from and @to</c>), so they read only their years;
/// <c>received_on</c> would have pruned nothing for them (a case received years ago may close this quarter). A case
/// that closes, or whose closing date changes on re-import, moves between partitions in its UPDATE (PostgreSQL 15).
/// <para>
/// Every unique key of a partitioned table must hold the partition key, and <c>closed_on</c> is nullable, so neither
/// <c>id</c> nor (<c>source_platform</c>, <c>external_number</c>) can be unique on <c>cases</c> itself, and no foreign key
/// can point at it. A narrow, unpartitioned <c>case_keys</c> (<c>id</c> primary key, the platform and number unique)
/// carries both uniques: it is written by statement-level triggers on <c>cases</c> in the same statement as the case
/// (AFTER INSERT and AFTER DELETE with transition tables, which a partition move does not fire; a row-level BEFORE
/// UPDATE OF the number, which refuses a changed id), so a duplicate number in any year, or a duplicate id, fails the
/// statement that wrote it and nothing stays. <c>case_co_mediators</c>, <c>case_parties</c> (cascade) and
/// <c>risk_items</c> (restrict) reference <c>case_keys</c>: a case moving between partitions keeps its children, and
/// deleting a case deletes its key, which cascades to them. <c>cases.id</c> references <c>case_keys</c> too (deferred
/// to commit, because the key is written at the end of the statement), which catches a row written straight into a
/// partition, past the triggers; a TRUNCATE of <c>cases</c> deletes the keys. <c>id</c> takes a sequence owned by the
/// column (no identity columns on partitioned tables in PostgreSQL 15); EF's model keeps its own view (a primary key
/// and a unique index on <c>cases</c>), and SQLite keeps one table.
/// </para>
/// </summary>
internal static class CasePartitions
{
    public const int FirstYear = 2015;
    public const int LastYear = 2040;

    /// <summary>The indexes and keys <c>cases</c> has either way, built after the rows are in.</summary>
    private const string IndexesAndKeys = """
        CREATE INDEX ix_cases_committee_id_closed_on ON cases (committee_id, closed_on);
        CREATE INDEX ix_cases_lead_mediator_id_closed_on ON cases (lead_mediator_id, closed_on);
        CREATE INDEX ix_cases_party_set_fingerprint_category_received_day_number ON cases (party_set_fingerprint, category, received_day_number);
        ALTER TABLE cases ADD CONSTRAINT fk_cases_committees_committee_id FOREIGN KEY (committee_id) REFERENCES committees (id) ON DELETE RESTRICT;
        ALTER TABLE cases ADD CONSTRAINT fk_cases_mediators_lead_mediator_id FOREIGN KEY (lead_mediator_id) REFERENCES mediators (id) ON DELETE RESTRICT;

        """;

    private const string DropChildKeys = """
        ALTER TABLE case_co_mediators DROP CONSTRAINT fk_case_co_mediators_cases_case_id;
        ALTER TABLE case_parties DROP CONSTRAINT fk_case_parties_cases_case_id;
        ALTER TABLE risk_items DROP CONSTRAINT fk_risk_items_cases_case_id;

        """;

    private static string ChildKeys(string referenced) => $"""
        ALTER TABLE case_co_mediators ADD CONSTRAINT fk_case_co_mediators_cases_case_id FOREIGN KEY (case_id) REFERENCES {referenced} (id) ON DELETE CASCADE;
        ALTER TABLE case_parties ADD CONSTRAINT fk_case_parties_cases_case_id FOREIGN KEY (case_id) REFERENCES {referenced} (id) ON DELETE CASCADE;
        ALTER TABLE risk_items ADD CONSTRAINT fk_risk_items_cases_case_id FOREIGN KEY (case_id) REFERENCES {referenced} (id) ON DELETE RESTRICT;

        """;

    private const string KeyTriggers = """
        CREATE FUNCTION case_keys_added() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO case_keys (id, source_platform, external_number) SELECT id, source_platform, external_number FROM added;
          RETURN NULL;
        END $$;
        CREATE FUNCTION case_keys_removed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM case_keys k USING removed r WHERE k.id = r.id;
          RETURN NULL;
        END $$;
        CREATE FUNCTION case_keys_renumbered() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.id IS DISTINCT FROM OLD.id THEN
            RAISE EXCEPTION 'A case keeps its id (% cannot become %).', OLD.id, NEW.id USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          UPDATE case_keys SET source_platform = NEW.source_platform, external_number = NEW.external_number
          WHERE id = NEW.id AND (source_platform, external_number) IS DISTINCT FROM (NEW.source_platform, NEW.external_number);
          RETURN NEW;
        END $$;
        CREATE FUNCTION case_keys_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM case_keys;
          RETURN NULL;
        END $$;
        CREATE TRIGGER case_keys_added AFTER INSERT ON cases REFERENCING NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION case_keys_added();
        CREATE TRIGGER case_keys_removed AFTER DELETE ON cases REFERENCING OLD TABLE AS removed
        FOR EACH STATEMENT EXECUTE FUNCTION case_keys_removed();
        CREATE TRIGGER case_keys_renumbered BEFORE UPDATE OF id, source_platform, external_number ON cases
        FOR EACH ROW EXECUTE FUNCTION case_keys_renumbered();
        CREATE TRIGGER case_keys_truncated AFTER TRUNCATE ON cases
        FOR EACH STATEMENT EXECUTE FUNCTION case_keys_truncated();

        """;

    public static void PartitionForPostgres(MigrationBuilder migration)
    {
        var sql = new StringBuilder("""
            CREATE TABLE case_keys (
              id bigint NOT NULL,
              source_platform character varying(50) NOT NULL,
              external_number character varying(64) NOT NULL,
              CONSTRAINT pk_case_keys PRIMARY KEY (id));
            INSERT INTO case_keys (id, source_platform, external_number) SELECT id, source_platform, external_number FROM cases;
            CREATE UNIQUE INDEX ix_case_keys_source_platform_external_number ON case_keys (source_platform, external_number);

            """);
        sql.Append(DropChildKeys);
        sql.Append("""
            ALTER TABLE cases RENAME TO cases_unpartitioned;
            ALTER TABLE cases_unpartitioned RENAME CONSTRAINT pk_cases TO pk_cases_unpartitioned;
            DROP INDEX ix_cases_committee_id_closed_on, ix_cases_lead_mediator_id_closed_on,
              ix_cases_party_set_fingerprint_category_received_day_number, ix_cases_source_platform_external_number;
            ALTER SEQUENCE cases_id_seq RENAME TO cases_unpartitioned_id_seq;
            CREATE TABLE cases (LIKE cases_unpartitioned INCLUDING DEFAULTS INCLUDING STORAGE) PARTITION BY RANGE (closed_on);
            CREATE SEQUENCE cases_id_seq AS bigint;
            ALTER SEQUENCE cases_id_seq OWNED BY cases.id;
            ALTER TABLE cases ALTER COLUMN id SET DEFAULT nextval('cases_id_seq');

            """);
        var cases = Partitioning.YearlyPartitions.Cases;
        for (var year = FirstYear; year <= LastYear; year++)
            sql.Append($"CREATE TABLE {cases.PartitionOf(year)} PARTITION OF {cases.Table} {cases.Bounds(year)};\n");
        sql.Append($"CREATE TABLE {cases.DefaultPartition} PARTITION OF {cases.Table} DEFAULT;\n");
        sql.Append("""
            INSERT INTO cases SELECT * FROM cases_unpartitioned;
            SELECT setval('cases_id_seq', COALESCE((SELECT MAX(id) FROM cases), 0) + 1, false);
            DROP TABLE cases_unpartitioned;

            """);
        sql.Append("""
            CREATE INDEX ix_cases_id ON cases (id);
            CREATE INDEX ix_cases_source_platform_external_number ON cases (source_platform, external_number);

            """);
        sql.Append(IndexesAndKeys);
        sql.Append("ALTER TABLE cases ADD CONSTRAINT fk_cases_case_keys_id FOREIGN KEY (id) REFERENCES case_keys (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;\n");
        sql.Append(ChildKeys("case_keys"));
        sql.Append(KeyTriggers);
        sql.Append("ANALYZE cases;\nANALYZE case_keys;\n");
        migration.Sql(sql.ToString());
    }

    public static void UnpartitionForPostgres(MigrationBuilder migration)
    {
        var sql = new StringBuilder(DropChildKeys);
        sql.Append("""
            ALTER TABLE cases RENAME TO cases_partitioned;
            DROP INDEX ix_cases_id, ix_cases_committee_id_closed_on, ix_cases_lead_mediator_id_closed_on,
              ix_cases_party_set_fingerprint_category_received_day_number, ix_cases_source_platform_external_number;
            ALTER SEQUENCE cases_id_seq RENAME TO cases_partitioned_id_seq;
            CREATE TABLE cases (LIKE cases_partitioned INCLUDING STORAGE);
            ALTER TABLE cases ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
            INSERT INTO cases OVERRIDING SYSTEM VALUE SELECT * FROM cases_partitioned;
            SELECT setval(pg_get_serial_sequence('cases', 'id'), COALESCE((SELECT MAX(id) FROM cases), 0) + 1, false);
            DROP TABLE cases_partitioned;
            DROP TABLE case_keys;
            DROP FUNCTION case_keys_added(), case_keys_removed(), case_keys_renumbered(), case_keys_truncated();
            ALTER TABLE cases ADD CONSTRAINT pk_cases PRIMARY KEY (id);
            CREATE UNIQUE INDEX ix_cases_source_platform_external_number ON cases (source_platform, external_number);

            """);
        sql.Append(IndexesAndKeys);
        sql.Append(ChildKeys("cases"));
        migration.Sql(sql.ToString());
    }
}
