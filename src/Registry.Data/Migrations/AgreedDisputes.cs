using Registry.Data.Reports.Subsidies;

namespace Registry.Data.Migrations;

/// <summary>
/// A read model on PostgreSQL for the subsidy statement's one-payment-per-dispute rule
/// (<see cref="Domain.Subsidies.SubsidyRule.IsEarlierOfSameDispute"/>): <c>agreed_disputes</c> has one row per case that
/// ended in an agreement and has a party set, with the dispute's key (party set, category) and its receiving day, under
/// one unpartitioned index. The statement asks, for every case it judges, whether an earlier agreed case of the same
/// dispute exists; on the partitioned <c>cases</c> that question descends one index per partition (27), because a case
/// received in the window may close in any later year, so a month of a province asked it about 100,000 times at a cost
/// of over a second. Statement-level triggers on <c>cases</c> keep it in step in the same statement, from their
/// transition tables: an insert adds its agreed cases, an update (a re-import with new facts, a partition move
/// included) replaces its cases' rows, and a delete or TRUNCATE of cases removes them through <c>case_keys</c>
/// (a foreign key with cascade). SQLite keeps one case table and asks <c>cases</c> itself.
/// </summary>
internal static class AgreedDisputes
{
    private const string Columns = "case_id, party_set_fingerprint, category, received_day_number";

    public static string CreateForPostgres => $"""
        CREATE TABLE agreed_disputes (
          case_id bigint NOT NULL PRIMARY KEY REFERENCES case_keys (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
          party_set_fingerprint character varying(64) NOT NULL,
          category character varying(40) NOT NULL,
          received_day_number integer NOT NULL);
        INSERT INTO agreed_disputes ({Columns}) {SubsidySql.AgreedDisputeRows("cases")};
        CREATE INDEX ix_agreed_disputes_dispute ON agreed_disputes (party_set_fingerprint, category, received_day_number, case_id);
        CREATE FUNCTION agreed_disputes_added() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
          INSERT INTO agreed_disputes ({Columns}) {SubsidySql.AgreedDisputeRows("new_rows")};
          RETURN NULL;
        END $body$;
        CREATE FUNCTION agreed_disputes_changed() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
          DELETE FROM agreed_disputes WHERE case_id IN (SELECT id FROM old_rows);
          INSERT INTO agreed_disputes ({Columns}) {SubsidySql.AgreedDisputeRows("new_rows")};
          RETURN NULL;
        END $body$;
        CREATE TRIGGER agreed_disputes_on_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION agreed_disputes_added();
        CREATE TRIGGER agreed_disputes_on_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION agreed_disputes_changed();
        ANALYZE agreed_disputes;
        """;

    public const string DropForPostgres = """
        DROP TRIGGER agreed_disputes_on_insert ON cases;
        DROP TRIGGER agreed_disputes_on_update ON cases;
        DROP FUNCTION agreed_disputes_added(), agreed_disputes_changed();
        DROP TABLE agreed_disputes;
        """;
}
