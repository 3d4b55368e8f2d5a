using Microsoft.EntityFrameworkCore;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;
using Registry.Data.Querying;

namespace Registry.Api.Tests.Roster;

/// <summary>
/// On PostgreSQL the searches' own SQL (as EF writes it from <see cref="NameSearch"/>) can be served by the trigram
/// indexes: with sequential scans priced out, EXPLAIN names the index. A query no index can serve (strpos, the old
/// translation) would still show a Seq Scan. The plan on a province's 200,000 mediators is in the README.
/// </summary>
public sealed class NameSearchPlans(PostgresApp app) : IClassFixture<PostgresApp>
{
    private string Explain(Func<RegistryDbContext, IQueryable<object>> query) => app.WithDb(db =>
    {
        db.Database.OpenConnection();
        try
        {
            db.Database.ExecuteSqlRaw("SET enable_seqscan = off");
            using var command = query(db).CreateDbCommand();
            command.CommandText = "EXPLAIN " + command.CommandText;
            using var reader = command.ExecuteReader();
            var plan = new List<string>();
            while (reader.Read()) plan.Add(reader.GetString(0));
            return string.Join("\n", plan);
        }
        finally
        {
            db.Database.ExecuteSqlRaw("RESET enable_seqscan");
            db.Database.CloseConnection();
        }
    });

    [Fact]
    public void MediatorSearchUsesTheTrigramIndex()
    {
        var plan = Explain(db => db.Mediators.WhereNameContainsOrIdNumber(db.Provider, "欧阳明华", "欧阳明华").Select(m => (object)m.Id));
        Assert.Contains(NameSearch.MediatorIndex, plan);
        Assert.Contains("Bitmap Index Scan", plan);
    }

    [Fact]
    public void CommitteeSearchUsesTheTrigramIndex()
    {
        var plan = Explain(db => db.Committees.WhereNameContains(db.Provider, "人民调解").Select(c => (object)c.Id));
        Assert.Contains(NameSearch.CommitteeIndex, plan);
        Assert.DoesNotContain("Seq Scan", plan);
    }
}
