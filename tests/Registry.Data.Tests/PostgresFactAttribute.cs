namespace Registry.Data.Tests;

/// <summary>
/// A test that needs a PostgreSQL server: set REGISTRY_TEST_POSTGRES to a connection string whose role may create
/// databases; without it the test is skipped.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "REGISTRY_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"Set {Variable} to a PostgreSQL connection string to run this test.";
    }
}
