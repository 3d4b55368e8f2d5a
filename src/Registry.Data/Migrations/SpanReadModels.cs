using Registry.Data.Reports.Grading;

namespace Registry.Data.Migrations;

/// <summary>
/// Two read models for statements that judge many (mediator, day) pairs at once — the subsidy statement asks, for each
/// case line, whether the lead held a valid certificate and which grade the mediator held on the closing day:
/// <c>certificate_validity_spans</c> (<see cref="GradingSql.CertificateSpanRows"/>) and <c>grade_spans</c>
/// (<see cref="GradingSql.GradeSpanRows"/>). Database triggers keep them in step with <c>certificate_events</c> and
/// <c>grade_assessments</c>, so every writer — the use cases, the generator's COPY, a bulk import in SQL — keeps them
/// right: each change recomputes the spans of the certificates (or mediators) it touched, in the same transaction.
/// PostgreSQL's triggers run once per statement over its transition tables, so a COPY of millions of events
/// recomputes them in one pass; SQLite's run per row. Both are deleted with their source rows (foreign keys with
/// cascade), TRUNCATE … CASCADE included. Tests in tests/Registry.Api.Tests/Rules check that they equal a recomputation
/// and that the statement built on them agrees with the domain's rules.
/// </summary>
internal static class SpanReadModels
{
    private const string CertificateColumns = "certificate_id, sequence, mediator_id, valid_from, valid_to, superseded_on";
    private const string GradeColumns = "assessment_id, mediator_id, level_name, assessed_on, next_on";

    public static string Create(DatabaseProvider provider)
    {
        var tables = """
            CREATE TABLE certificate_validity_spans (
              certificate_id bigint NOT NULL REFERENCES certificates (id) ON DELETE CASCADE,
              sequence integer NOT NULL,
              mediator_id bigint NOT NULL,
              valid_from date NOT NULL,
              valid_to date NOT NULL,
              superseded_on date NULL,
              PRIMARY KEY (certificate_id, sequence));
            CREATE INDEX ix_certificate_validity_spans_mediator_id ON certificate_validity_spans (mediator_id);
            CREATE TABLE grade_spans (
              assessment_id bigint NOT NULL PRIMARY KEY REFERENCES grade_assessments (id) ON DELETE CASCADE,
              mediator_id bigint NOT NULL,
              level_name varchar(20) NOT NULL,
              assessed_on date NOT NULL,
              next_on date NULL);
            CREATE INDEX ix_grade_spans_mediator_id ON grade_spans (mediator_id);

            """;
        var backfill = $"""
            INSERT INTO certificate_validity_spans ({CertificateColumns}) {GradingSql.CertificateSpanRows("SELECT id FROM certificates")};
            INSERT INTO grade_spans ({GradeColumns}) {GradingSql.GradeSpanRows("SELECT id FROM mediators")};

            """;
        return tables + backfill + (provider == DatabaseProvider.Postgres ? PostgresTriggers() : SqliteTriggers());
    }

    public static string Drop(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? """
          DROP TRIGGER certificate_validity_spans_on_insert ON certificate_events;
          DROP TRIGGER certificate_validity_spans_on_update ON certificate_events;
          DROP TRIGGER certificate_validity_spans_on_delete ON certificate_events;
          DROP TRIGGER grade_spans_on_insert ON grade_assessments;
          DROP TRIGGER grade_spans_on_update ON grade_assessments;
          DROP TRIGGER grade_spans_on_delete ON grade_assessments;
          DROP FUNCTION certificate_validity_spans_refresh();
          DROP FUNCTION grade_spans_refresh();
          DROP TABLE certificate_validity_spans;
          DROP TABLE grade_spans;
          """
        : """
          DROP TRIGGER certificate_validity_spans_on_insert;
          DROP TRIGGER certificate_validity_spans_on_update;
          DROP TRIGGER certificate_validity_spans_on_delete;
          DROP TRIGGER grade_spans_on_insert;
          DROP TRIGGER grade_spans_on_update;
          DROP TRIGGER grade_spans_on_delete;
          DROP TABLE certificate_validity_spans;
          DROP TABLE grade_spans;
          """;

    /// <summary>Deletes and recomputes the spans of the ids in <paramref name="ids"/> (a subquery).</summary>
    private static string RefreshCertificates(string ids) => $"""
        DELETE FROM certificate_validity_spans WHERE certificate_id IN ({ids});
        INSERT INTO certificate_validity_spans ({CertificateColumns}) {GradingSql.CertificateSpanRows(ids)};
        """;

    private static string RefreshGrades(string ids) => $"""
        DELETE FROM grade_spans WHERE mediator_id IN ({ids});
        INSERT INTO grade_spans ({GradeColumns}) {GradingSql.GradeSpanRows(ids)};
        """;

    private static string PostgresTriggers() => $"""
        CREATE FUNCTION certificate_validity_spans_refresh() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            {RefreshCertificates("SELECT certificate_id FROM new_rows")}
          ELSIF TG_OP = 'UPDATE' THEN
            {RefreshCertificates("SELECT certificate_id FROM new_rows UNION SELECT certificate_id FROM old_rows")}
          ELSE
            {RefreshCertificates("SELECT certificate_id FROM old_rows")}
          END IF;
          RETURN NULL;
        END $body$;
        CREATE TRIGGER certificate_validity_spans_on_insert AFTER INSERT ON certificate_events
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION certificate_validity_spans_refresh();
        CREATE TRIGGER certificate_validity_spans_on_update AFTER UPDATE ON certificate_events
          REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION certificate_validity_spans_refresh();
        CREATE TRIGGER certificate_validity_spans_on_delete AFTER DELETE ON certificate_events
          REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION certificate_validity_spans_refresh();

        CREATE FUNCTION grade_spans_refresh() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            {RefreshGrades("SELECT mediator_id FROM new_rows")}
          ELSIF TG_OP = 'UPDATE' THEN
            {RefreshGrades("SELECT mediator_id FROM new_rows UNION SELECT mediator_id FROM old_rows")}
          ELSE
            {RefreshGrades("SELECT mediator_id FROM old_rows")}
          END IF;
          RETURN NULL;
        END $body$;
        CREATE TRIGGER grade_spans_on_insert AFTER INSERT ON grade_assessments
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION grade_spans_refresh();
        CREATE TRIGGER grade_spans_on_update AFTER UPDATE ON grade_assessments
          REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION grade_spans_refresh();
        CREATE TRIGGER grade_spans_on_delete AFTER DELETE ON grade_assessments
          REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION grade_spans_refresh();
        """;

    private static string SqliteTriggers() => $"""
        CREATE TRIGGER certificate_validity_spans_on_insert AFTER INSERT ON certificate_events BEGIN
          {RefreshCertificates("SELECT NEW.certificate_id")}
        END;
        CREATE TRIGGER certificate_validity_spans_on_update AFTER UPDATE ON certificate_events BEGIN
          {RefreshCertificates("SELECT NEW.certificate_id UNION SELECT OLD.certificate_id")}
        END;
        CREATE TRIGGER certificate_validity_spans_on_delete AFTER DELETE ON certificate_events BEGIN
          {RefreshCertificates("SELECT OLD.certificate_id")}
        END;
        CREATE TRIGGER grade_spans_on_insert AFTER INSERT ON grade_assessments BEGIN
          {RefreshGrades("SELECT NEW.mediator_id")}
        END;
        CREATE TRIGGER grade_spans_on_update AFTER UPDATE ON grade_assessments BEGIN
          {RefreshGrades("SELECT NEW.mediator_id UNION SELECT OLD.mediator_id")}
        END;
        CREATE TRIGGER grade_spans_on_delete AFTER DELETE ON grade_assessments BEGIN
          {RefreshGrades("SELECT OLD.mediator_id")}
        END;
        """;
}
