namespace Registry.Api.Schema.Mutations;

/// <summary>Recognises a unique-index violation from either database, e.g. two requests registering one ID number at once.</summary>
internal static class UniqueViolation
{
    /// <summary>
    /// From SaveChanges (a <see cref="DbUpdateException"/> wrapping the provider's error) or straight from the provider:
    /// the case import writes by binary COPY, whose violation is not wrapped.
    /// </summary>
    public static bool Matches(Exception? e) => e switch
    {
        DbUpdateException update => Matches(update.InnerException),
        Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067, // SQLITE_CONSTRAINT_UNIQUE
        _ => false,
    };
}
