using Npgsql;

namespace Registry.Api.Hosting;

/// <summary>
/// Npgsql's automatic preparation, on unless the connection string says otherwise: a statement the service sends
/// again and again (a page, a batch loader's <c>= ANY(@ids)</c>, <c>node</c>) is parsed and planned once per connection,
/// not on every request; for the small statements of a page PostgreSQL's planning took three times their execution.
/// It also replaces the <c>DISCARD ALL</c> sent when a pooled connection is reused with a reset that keeps them.
/// A PgBouncer older than 1.21 in transaction pooling cannot keep a prepared statement: give it
/// <c>Max Auto Prepare=0</c> in the connection string.
/// </summary>
public static class StatementPreparation
{
    public const int DefaultMaxAutoPrepare = 64;

    public static string Apply(string connectionString)
    {
        // Not NpgsqlConnectionStringBuilder.ContainsKey, which answers whether a keyword exists, not whether it was given.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(k => k.Replace(" ", "").Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
            return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = DefaultMaxAutoPrepare }.ConnectionString;
    }
}
