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

    public static string Drop(DatabaseProvider provider)
    {
        var sql = new System.Text.StringBuilder();
        foreach (var model in Models)
        {
            foreach (var op in Operations)
                sql.Append(provider == DatabaseProvider.Postgres
                    ? $"DROP TRIGGER {model.Name}_on_{op.Name} ON {model.Source};\n"
                    : $"DROP TRIGGER {model.Name}_on_{op.Name};\n");
            if (provider == DatabaseProvider.Postgres) sql.Append($"DROP FUNCTION {model.Name}_refresh();\n");
            sql.Append($"DROP TABLE {model.Name};\n");
        }
        return sql.ToString();
    }

    /// <summary>A read model: its table, the table it follows, the column whose values a change recomputes, and how.</summary>
    private sealed record ReadModel(string Name, string Source, string Key, Func<string, string> Refresh);

    private static readonly ReadModel[] Models =
    [
        new("certificate_validity_spans", "certificate_events", "certificate_id", RefreshCertificates),
        new("grade_spans", "grade_assessments", "mediator_id", RefreshGrades),
    ];

    /// <summary>
    /// The changes a trigger follows: PostgreSQL's transition tables each has (<c>REFERENCING …</c>), and which rows'
    /// keys it recomputes, in PostgreSQL (from the transition tables) and in SQLite (the row's NEW and OLD).
    /// </summary>
    private sealed record Operation(string Name, string Event, string Transitions, Func<string, string> Postgres, Func<string, string> Sqlite);

    private static readonly Operation[] Operations =
    [
        new("insert", "INSERT", "NEW TABLE AS new_rows", key => $"SELECT {key} FROM new_rows", key => $"SELECT NEW.{key}"),
        new("update", "UPDATE", "NEW TABLE AS new_rows OLD TABLE AS old_rows",
            key => $"SELECT {key} FROM new_rows UNION SELECT {key} FROM old_rows", key => $"SELECT NEW.{key} UNION SELECT OLD.{key}"),
        new("delete", "DELETE", "OLD TABLE AS old_rows", key => $"SELECT {key} FROM old_rows", key => $"SELECT OLD.{key}"),
    ];

    /// <summary>Deletes and recomputes the spans of the ids in <paramref name="ids"/> (a subquery).</summary>
    private static string RefreshCertificates(string ids) => $"""
        DELETE FROM certificate_validity_spans WHERE certificate_id IN ({ids});
        INSERT INTO certificate_validity_spans ({CertificateColumns}) {GradingSql.CertificateSpanRows(ids)};
        """;

    private static string RefreshGrades(string ids) => $"""
        DELETE FROM grade_spans WHERE mediator_id IN ({ids});
        INSERT INTO grade_spans ({GradeColumns}) {GradingSql.GradeSpanRows(ids)};
        """;

    private static string PostgresTriggers() => string.Concat(Models.Select(model => $"""
        CREATE FUNCTION {model.Name}_refresh() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            {model.Refresh(Operations[0].Postgres(model.Key))}
          ELSIF TG_OP = 'UPDATE' THEN
            {model.Refresh(Operations[1].Postgres(model.Key))}
          ELSE
            {model.Refresh(Operations[2].Postgres(model.Key))}
          END IF;
          RETURN NULL;
        END $body$;

        """ + string.Concat(Operations.Select(op => $"""
        CREATE TRIGGER {model.Name}_on_{op.Name} AFTER {op.Event} ON {model.Source}
          REFERENCING {op.Transitions} FOR EACH STATEMENT EXECUTE FUNCTION {model.Name}_refresh();

        """))));

    private static string SqliteTriggers() => string.Concat(Models.SelectMany(model => Operations.Select(op => $"""
        CREATE TRIGGER {model.Name}_on_{op.Name} AFTER {op.Event} ON {model.Source} BEGIN
          {model.Refresh(op.Sqlite(model.Key))}
        END;

        """)));
}
