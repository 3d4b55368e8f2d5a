using Npgsql;
using Xunit.Abstractions;

namespace Registry.Api.Tests.Infrastructure;

public sealed class PostgresServerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Creates_isolated_databases_on_a_real_PostgreSQL_15_server()
    {
        var server = PostgresServer.Instance;
        output.WriteLine($"throwaway={server.IsThrowaway} startup={server.StartupTime.TotalMilliseconds:F0} ms");

        var first = await server.CreateDatabaseAsync("harness first");
        var second = await server.CreateDatabaseAsync("harness_second");

        var firstName = new NpgsqlConnectionStringBuilder(first).Database;
        var secondName = new NpgsqlConnectionStringBuilder(second).Database;
        Assert.NotEqual(firstName, secondName);
        Assert.StartsWith("harness_first_", firstName);
        Assert.True(new NpgsqlConnectionStringBuilder(first).IncludeErrorDetail);

        await using var a = new NpgsqlConnection(first);
        await using var b = new NpgsqlConnection(second);
        await a.OpenAsync();
        await b.OpenAsync();

        var version = (string?)await Scalar(a, "select version()");
        Assert.NotNull(version);
        Assert.Contains("PostgreSQL", version);
        if (server.IsThrowaway)
        {
            // The machines have PostgreSQL 15; an external server may be another version.
            Assert.Contains("PostgreSQL 15", version);
        }

        Assert.Equal(firstName, await Scalar(a, "select current_database()"));
        Assert.Equal(secondName, await Scalar(b, "select current_database()"));
        Assert.Equal("UTF8", await Scalar(a, "show server_encoding"));

        await Execute(a, "create table probe (id int primary key, name text not null)");
        await Execute(a, "insert into probe values (1, '人民调解')");
        Assert.Equal("人民调解", await Scalar(a, "select name from probe where id = 1"));

        Assert.Equal(1L, await Scalar(a, "select count(*) from information_schema.tables where table_name = 'probe'"));
        Assert.Equal(0L, await Scalar(b, "select count(*) from information_schema.tables where table_name = 'probe'"));
        var missing = await Assert.ThrowsAsync<PostgresException>(() => Scalar(b, "select count(*) from probe"));
        Assert.Equal(PostgresErrorCodes.UndefinedTable, missing.SqlState);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_server_and_get_distinct_databases()
    {
        var names = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            var connectionString = await PostgresServer.Instance.CreateDatabaseAsync($"parallel_{i}");
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return (string?)await Scalar(connection, "select current_database()");
        }));

        Assert.Equal(8, names.Distinct().Count());
        Assert.Same(PostgresServer.Instance, PostgresServer.Instance);
    }

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
