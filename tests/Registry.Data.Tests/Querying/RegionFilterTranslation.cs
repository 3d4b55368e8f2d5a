using Microsoft.EntityFrameworkCore;
using Registry.Data;
using Registry.Data.Querying;

namespace Registry.Data.Tests.Querying;

/// <summary>A region subtree becomes an index-friendly range with parameters, on both databases.</summary>
public class RegionFilterTranslation
{
    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres" };

    private static RegistryDbContext Context(string provider) => provider == "Postgres"
        ? new PostgresRegistryDbContextFactory().CreateDbContext([])
        : new SqliteRegistryDbContextFactory().CreateDbContext([]);

    [Theory]
    [MemberData(nameof(Providers))]
    public void SubtreeIsAParameterisedRange(string provider)
    {
        using var db = Context(provider);
        var sql = db.Regions.InRegion(r => r.Code, "4190").ToQueryString();
        Assert.Contains(">= @", sql);
        Assert.Contains("< @", sql);
        Assert.Contains("'4190'", sql); // the parameter's declared value in the query string preamble
        Assert.Contains("'4191'", sql);
        Assert.DoesNotContain("LIKE", sql);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void NoRegionMeansNoFilter(string provider)
    {
        using var db = Context(provider);
        Assert.DoesNotContain("WHERE", db.Committees.InRegion(null).ToQueryString());
    }
}
