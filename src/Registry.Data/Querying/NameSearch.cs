namespace Registry.Data.Querying;

/// <summary>
/// Search by part of a name (<c>search</c> on <c>mediators</c> and <c>committees</c>) is EF's <c>Name.Contains(text)</c>,
/// the same answers on both databases: case-sensitive, every character literal (a <c>%</c> or <c>_</c> in the text is
/// that character).
/// <list type="bullet">
/// <item>PostgreSQL: EF writes <c>name LIKE @p</c> with <c>@p</c> = <c>'%…%'</c>, the text's <c>\</c>, <c>%</c> and
/// <c>_</c> escaped; the GIN trigram indexes named here (pg_trgm, <see cref="PostgresRegistryDbContext"/>) serve it
/// once the text has three characters. A shorter text has no trigram to look up, and the table is read.</item>
/// <item>SQLite: <c>instr(name, @text) &gt; 0</c>; no index serves a part of a name there.</item>
/// </list>
/// pg_trgm sees Chinese characters as letters only in a database whose LC_CTYPE is a UTF-8 locale (C.UTF-8,
/// zh_CN.UTF-8); under LC_CTYPE=C it finds no trigram in Chinese text, and every search reads the table.
/// </summary>
public static class NameSearch
{
    public const string MediatorIndex = "ix_mediators_name_trgm";
    public const string CommitteeIndex = "ix_committees_name_trgm";
}
