using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Registry.Data.Querying;

/// <summary>
/// Search by part of a name (<c>search</c> on <c>mediators</c> and <c>committees</c>), the same answers on both
/// databases: case-sensitive, every character literal (a <c>%</c>, <c>_</c> or <c>\</c> in the text is that character).
/// <list type="bullet">
/// <item>PostgreSQL: <c>name LIKE '%…%' ESCAPE '\'</c>, the pattern written into the statement as a literal; the GIN
/// trigram indexes named here (pg_trgm, <see cref="PostgresRegistryDbContext"/>) serve it once the text has three
/// characters. A shorter text has no trigram to look up, and the table is read.
/// <para>A literal, not a parameter: once Npgsql has prepared a statement (its fifth use) PostgreSQL may plan
/// <c>name LIKE $1 … ORDER BY id LIMIT n</c> once for any text, guessing that one name in two hundred matches, and
/// that generic plan walks the primary key: on the national roster 1.1 s for a name nobody has, against under 1 ms
/// through the trigram index. With the pattern in the text every plan knows what it looks for. Each new text is a new
/// statement for EF to translate (its query cache keeps the recent ones).</para></item>
/// <item>SQLite: <c>instr(name, @text) &gt; 0</c>; no index serves a part of a name there.</item>
/// </list>
/// pg_trgm sees Chinese characters as letters only in a database whose LC_CTYPE is a UTF-8 locale (C.UTF-8,
/// zh_CN.UTF-8); under LC_CTYPE=C it finds no trigram in Chinese text, and every search reads the table.
/// </summary>
public static class NameSearch
{
    public const string MediatorIndex = "ix_mediators_name_trgm";
    public const string CommitteeIndex = "ix_committees_name_trgm";

    /// <summary>Rows whose <paramref name="name"/> contains <paramref name="text"/>, or that <paramref name="orElse"/> holds for.</summary>
    public static Expression<Func<T, bool>> Contains<T>(DatabaseProvider provider, Expression<Func<T, string>> name, string text,
        Expression<Func<T, bool>>? orElse = null)
    {
        Expression match = provider == DatabaseProvider.Postgres
            ? Expression.Call(LikeMethod, Expression.Constant(EF.Functions), name.Body,
                Expression.Constant(LikePattern(text)), Expression.Constant(Escape.ToString()))
            : Expression.Call(name.Body, StringContains, Expression.Property(Expression.Constant(new Text(text)), nameof(Text.Value)));
        if (orElse is not null)
            match = Expression.OrElse(match, new Rebinding(orElse.Parameters[0], name.Parameters[0]).Visit(orElse.Body));
        return Expression.Lambda<Func<T, bool>>(match, name.Parameters);
    }

    /// <summary><c>%text%</c> with the text's escape character, <c>%</c> and <c>_</c> escaped.</summary>
    public static string LikePattern(string text) =>
        "%" + text.Replace(Escape.ToString(), $"{Escape}{Escape}").Replace("%", $"{Escape}%").Replace("_", $"{Escape}_") + "%";

    private const char Escape = '\\';

    /// <summary>Holds the text so that EF sends it as a parameter, as it does a captured variable.</summary>
    private sealed record Text(string Value);

    private sealed class Rebinding(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    private static readonly System.Reflection.MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    private static readonly System.Reflection.MethodInfo LikeMethod = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like),
        [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
}
