namespace Registry.Data;

/// <summary>The stores the registry runs on: SQLite embedded by default, PostgreSQL in production.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
