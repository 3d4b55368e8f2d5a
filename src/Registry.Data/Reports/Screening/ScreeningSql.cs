namespace Registry.Data.Reports.Screening;

/// <summary>
/// The screening report's one SQL device of its own (statements run through <see cref="Sql.SqlStatement"/> and
/// <see cref="Sql.ReportSession"/>): a small table handed over as one JSON parameter (an array of arrays) that both databases unpack
/// (<c>json_array_elements</c> on PostgreSQL, <c>json_each</c> on SQLite) — a handful of rows of period bounds
/// without a statement per committee and without building values into the SQL text.
/// </summary>
public static class ScreeningSql
{
    public enum Column { Int, Text, Date }

    /// <summary>A FROM item named <paramref name="alias"/> with the given columns, read from the JSON parameter <paramref name="parameter"/>.</summary>
    public static string JsonTable(DatabaseProvider provider, string parameter, string alias, params (string Name, Column Type)[] columns)
    {
        var select = string.Join(", ", columns.Select((c, i) => $"{Cell(provider, i, c.Type)} AS {c.Name}"));
        var source = provider == DatabaseProvider.Postgres ? $"json_array_elements(CAST(@{parameter} AS json)) e" : $"json_each(@{parameter}) e";
        return $"(SELECT {select} FROM {source}) {alias}";
    }

    private static string Cell(DatabaseProvider provider, int index, Column type) => provider == DatabaseProvider.Postgres
        ? type switch { Column.Int => $"CAST(e->>{index} AS integer)", Column.Date => $"CAST(e->>{index} AS date)", _ => $"(e->>{index})" }
        : type == Column.Int ? $"CAST(json_extract(e.value, '$[{index}]') AS INTEGER)" : $"json_extract(e.value, '$[{index}]')";
}
