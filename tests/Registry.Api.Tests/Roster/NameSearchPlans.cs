using Microsoft.EntityFrameworkCore;
using Registry.Api.Committees;
using Registry.Api.Mediators;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;
using Registry.Data.Querying;

namespace Registry.Api.Tests.Roster;

/// <summary>
/// On PostgreSQL the searches' own SQL (the API's filters, as EF writes them) can be served by the trigram indexes
/// (<see cref="NameSearch"/>): with sequential scans priced out, EXPLAIN names the index. A query no index can serve
/// (were EF to write <c>strpos</c>, say) would still show a Seq Scan. Timings on a province's roster are in the README.
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
        var plan = Explain(db => new MediatorFilter(db, null, "欧阳明华", null, RegistryApp.Today).Apply(db.Mediators).Select(m => (object)m.Id));
        Assert.Contains(NameSearch.MediatorIndex, plan);
        Assert.Contains("Bitmap Index Scan", plan);
    }

    [Fact]
    public void CommitteeSearchUsesTheTrigramIndex()
    {
        var plan = Explain(db => new CommitteeFilter(db.Provider, null, null, "人民调解", true, RegistryApp.Today).Apply(db.Committees).Select(c => (object)c.Id));
        Assert.Contains(NameSearch.CommitteeIndex, plan);
        Assert.DoesNotContain("Seq Scan", plan);
    }

    /// <summary>
    /// The pattern is written into the statement, so that no prepared statement's generic plan (one plan for any text,
    /// which walks the primary key) can serve a search; the apostrophe in the text is quoted, not run.
    /// </summary>
    [Fact]
    public void ASearchedStatementCarriesItsPatternAsALiteral() => app.WithDb(db =>
    {
        using var mediators = new MediatorFilter(db, null, "欧阳'_明", null, RegistryApp.Today).Apply(db.Mediators).CreateDbCommand();
        Assert.Contains(@"LIKE '%欧阳''\_明%' ESCAPE '\'", mediators.CommandText);
        Assert.DoesNotContain(mediators.Parameters.Cast<System.Data.Common.DbParameter>(), p => p.Value is string s && s.Contains('%'));
        using var committees = new CommitteeFilter(db.Provider, null, null, "人民调解", true, RegistryApp.Today).Apply(db.Committees).CreateDbCommand();
        Assert.Contains("LIKE '%人民调解%'", committees.CommandText);
        return 0;
    });
}
