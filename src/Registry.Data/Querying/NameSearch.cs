namespace Registry.Data.Querying;

/// <summary>
/// Search by part of a name (<c>search</c> on <c>mediators</c> and <c>committees</c>), the same answers on both
/// databases: case-sensitive, every character literal (a <c>%</c> or <c>_</c> in the text is that character).
/// <list type="bullet">
/// <item>PostgreSQL: <c>name LIKE '%…%' ESCAPE '\'</c> with the text's <c>\</c>, <c>%</c> and <c>_</c> escaped, which the
/// GIN trigram indexes below serve (pg_trgm) once the text has three characters; a shorter text has no trigram to look
/// up, and the table is read.</item>
/// <item>SQLite: <c>instr(name, text) &gt; 0</c> (EF's <c>Contains</c>), as before: its <c>LIKE</c> ignores the case
/// of Latin letters, and no index would serve it anyway.</item>
/// </list>
/// </summary>
public static class NameSearch
{
    public const string MediatorIndex = "ix_mediators_name_trgm";
    public const string CommitteeIndex = "ix_committees_name_trgm";
    private const string Escape = "\\";

    /// <summary>The LIKE pattern that matches names containing <paramref name="text"/> literally.</summary>
    public static string ContainsPattern(string text) =>
        "%" + text.Replace(Escape, Escape + Escape).Replace("%", Escape + "%").Replace("_", Escape + "_") + "%";

    public static IQueryable<Committee> WhereNameContains(this IQueryable<Committee> committees, DatabaseProvider provider, string text)
    {
        if (provider != DatabaseProvider.Postgres) return committees.Where(c => c.Name.Contains(text));
        var pattern = ContainsPattern(text);
        return committees.Where(c => EF.Functions.Like(c.Name, pattern, Escape));
    }

    /// <summary>Mediators whose name contains <paramref name="text"/>, or whose ID number is <paramref name="idNumber"/>.</summary>
    public static IQueryable<Mediator> WhereNameContainsOrIdNumber(this IQueryable<Mediator> mediators, DatabaseProvider provider, string text,
        string idNumber)
    {
        if (provider != DatabaseProvider.Postgres) return mediators.Where(m => m.Name.Contains(text) || m.IdNumber == idNumber);
        var pattern = ContainsPattern(text);
        return mediators.Where(m => EF.Functions.Like(m.Name, pattern, Escape) || m.IdNumber == idNumber);
    }
}
