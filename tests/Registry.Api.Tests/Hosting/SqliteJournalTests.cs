using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Hosting;

/// <summary>
/// The embedded SQLite file is in write-ahead logging (EF Core creates it so), and a long report — a reader with its
/// transaction open — does not hold a mutation back until it ends. With SQLite's default rollback journal that commit
/// would wait for the reader and fail with "database is locked" after the command timeout.
/// </summary>
public sealed class SqliteJournalTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public void TheFileIsInWriteAheadLogging()
    {
        var mode = app.WithDb(db => db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").AsEnumerable().Single());
        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task AMutationCommitsWhileAReaderHoldsItsTransactionOpen()
    {
        var id = await new Infrastructure.Roster(app).Committee("510703", "SUBDISTRICT", name: "日志测试街道人民调解委员会");
        var connectionString = app.WithDb(db => db.Database.GetConnectionString())!;
        await using var reader = new SqliteConnection(connectionString + ";Default Timeout=2");
        await reader.OpenAsync();
        using var transaction = reader.BeginTransaction(deferred: true);
        await using (var read = reader.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT count(*) FROM committees";
            Assert.True((long)(await read.ExecuteScalarAsync())! > 0);
        }

        var updated = await app.Data("""
            mutation($input: UpdateCommitteeInput!) { updateCommittee(input: $input) { committee { address version } userErrors { field code } } }
            """, new { input = new { committeeId = id, version = 1, address = "涪城区日志路1号" } });

        Assert.Equal("涪城区日志路1号", updated["updateCommittee"]!["committee"]!["address"]!.GetValue<string>());
        Assert.Equal(2, updated["updateCommittee"]!["committee"]!["version"]!.GetValue<int>());
        transaction.Rollback();
    }
}
