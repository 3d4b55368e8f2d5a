namespace Registry.Api.Schema.Mutations;

/// <summary>Recognises a unique-index violation from either database, e.g. two requests registering one ID number at once.</summary>
internal static class UniqueViolation
{
    public static bool Matches(DbUpdateException e) => e.InnerException switch
    {
        Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067, // SQLITE_CONSTRAINT_UNIQUE
        _ => false,
    };
}
