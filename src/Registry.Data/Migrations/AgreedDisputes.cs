using Registry.Data.Reports.Subsidies;

namespace Registry.Data.Migrations;

/// <summary>
/// A read model on PostgreSQL for the subsidy statement's one-payment-per-dispute rule
/// (<see cref="Domain.Subsidies.SubsidyRule.IsEarlierOfSameDispute"/>): <c>agreed_disputes</c> has one row per case that
/// ended in an agreement and has a party set (<see cref="SubsidySql.AgreedDisputeRows"/>), with the dispute's key (party
/// set, category), its receiving day and <c>previous_day_number</c>, the receiving day of the case just before it in the
/// same dispute (by receiving day, then id), or null for the first. Only an agreed case can be a payable duplicate (any
/// other is NOT_SUCCESSFUL first), and it is one exactly when that previous day lies within the policy's window, so the
/// statement reads the few rows that have a previous day, by a partial index, instead of asking for every case whether
/// an earlier one exists: on the partitioned <c>cases</c> that question descended one index per partition (27), because a
/// case received in the window may close in any later year, and cost a month of a province over a second.
/// Statement-level triggers on <c>cases</c> keep it in step in the same statement, from their transition tables: an
/// insert adds its agreed cases, an update (a re-import with new facts, a partition move included) replaces its cases'
/// rows, a delete removes them (and TRUNCATE through <c>case_keys</c>, a foreign key with cascade); each then relinks the
/// previous days of every dispute it touched. SQLite keeps one case table and asks <c>cases</c> itself.
/// </summary>
internal static class AgreedDisputes
{
    private const string Columns = "case_id, party_set_fingerprint, category, received_day_number";

    /// <summary>Recomputes <c>previous_day_number</c> in the disputes of the case rows in <paramref name="rows"/>.</summary>
    private static string Relink(string rows) => $"""
        UPDATE agreed_disputes d SET previous_day_number = x.previous
        FROM (SELECT a.case_id, LAG(a.received_day_number) OVER (
                PARTITION BY a.party_set_fingerprint, a.category ORDER BY a.received_day_number, a.case_id) AS previous
              FROM agreed_disputes a
              WHERE (a.party_set_fingerprint, a.category) IN (
                SELECT party_set_fingerprint, category FROM {rows} WHERE party_set_fingerprint IS NOT NULL)) x
        WHERE d.case_id = x.case_id AND d.previous_day_number IS DISTINCT FROM x.previous;
        """;

    /// <summary>
    /// Takes, in one ascending order, the transaction's advisory locks on the disputes of the case rows in
    /// <paramref name="rows"/> (1,024 stripes, so that an import of many cases takes at most that many locks): two
    /// transactions writing cases of one dispute at once relink it one after the other, the second seeing the first's
    /// rows, so no later case misses the earlier one (each trigger statement takes a fresh snapshot in READ COMMITTED).
    /// </summary>
    private static string LockDisputes(string rows) => $"""
        PERFORM pg_advisory_xact_lock(hashtext('agreed-disputes'), x.stripe)
        FROM (SELECT DISTINCT hashtext(party_set_fingerprint || '|' || category) & 1023 AS stripe
              FROM ({rows}) r WHERE party_set_fingerprint IS NOT NULL ORDER BY 1) x;
        """;

    public static string CreateForPostgres => $"""
        CREATE TABLE agreed_disputes (
          case_id bigint NOT NULL PRIMARY KEY REFERENCES case_keys (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
          party_set_fingerprint character varying(64) NOT NULL,
          category character varying(40) NOT NULL,
          received_day_number integer NOT NULL,
          previous_day_number integer NULL);
        INSERT INTO agreed_disputes ({Columns}) {SubsidySql.AgreedDisputeRows("cases")};
        CREATE INDEX ix_agreed_disputes_dispute ON agreed_disputes (party_set_fingerprint, category, received_day_number, case_id);
        UPDATE agreed_disputes d SET previous_day_number = x.previous
        FROM (SELECT case_id, LAG(received_day_number) OVER (
                PARTITION BY party_set_fingerprint, category ORDER BY received_day_number, case_id) AS previous
              FROM agreed_disputes) x
        WHERE d.case_id = x.case_id AND x.previous IS NOT NULL;
        CREATE INDEX ix_agreed_disputes_repeated ON agreed_disputes (case_id) INCLUDE (previous_day_number)
          WHERE previous_day_number IS NOT NULL;
        CREATE FUNCTION agreed_disputes_added() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
          {LockDisputes("SELECT party_set_fingerprint, category FROM new_rows")}
          INSERT INTO agreed_disputes ({Columns}) {SubsidySql.AgreedDisputeRows("new_rows")};
          {Relink("new_rows")}
          RETURN NULL;
        END $body$;
        CREATE FUNCTION agreed_disputes_changed() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
          {LockDisputes("SELECT party_set_fingerprint, category FROM old_rows UNION SELECT party_set_fingerprint, category FROM new_rows")}
          DELETE FROM agreed_disputes WHERE case_id IN (SELECT id FROM old_rows);
          INSERT INTO agreed_disputes ({Columns}) {SubsidySql.AgreedDisputeRows("new_rows")};
          {Relink("old_rows")}
          {Relink("new_rows")}
          RETURN NULL;
        END $body$;
        CREATE FUNCTION agreed_disputes_removed() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
          {LockDisputes("SELECT party_set_fingerprint, category FROM old_rows")}
          DELETE FROM agreed_disputes WHERE case_id IN (SELECT id FROM old_rows);
          {Relink("old_rows")}
          RETURN NULL;
        END $body$;
        CREATE TRIGGER agreed_disputes_on_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION agreed_disputes_added();
        CREATE TRIGGER agreed_disputes_on_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION agreed_disputes_changed();
        CREATE TRIGGER agreed_disputes_on_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows
          FOR EACH STATEMENT EXECUTE FUNCTION agreed_disputes_removed();
        ANALYZE agreed_disputes;
        """;

    public const string DropForPostgres = """
        DROP TRIGGER agreed_disputes_on_insert ON cases;
        DROP TRIGGER agreed_disputes_on_update ON cases;
        DROP TRIGGER agreed_disputes_on_delete ON cases;
        DROP FUNCTION agreed_disputes_added(), agreed_disputes_changed(), agreed_disputes_removed();
        DROP TABLE agreed_disputes;
        """;
}
