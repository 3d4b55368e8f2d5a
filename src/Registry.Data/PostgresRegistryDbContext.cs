using Microsoft.EntityFrameworkCore.Design;
using Registry.Data.Querying;

namespace Registry.Data;

/// <summary>The production store; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresRegistryDbContext(DbContextOptions<PostgresRegistryDbContext> options) : RegistryDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override RegistryDbContext NewOnSameOptions() => new PostgresRegistryDbContext(options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Region codes compare byte-wise so a subtree is an index range (code >= p AND code < p'), whatever
        // the database's default collation is.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                     .Where(p => p.ClrType == typeof(string) && (p.Name.EndsWith("RegionCode") || p.DeclaringType.ClrType == typeof(Region) && p.Name.EndsWith("Code"))))
            property.SetCollation("C");

        // Search by part of a name is LIKE '%…%', which no b-tree serves: trigram indexes do (NameSearch, which also
        // says why the database's LC_CTYPE must be a UTF-8 locale for Chinese names).
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.Entity<Mediator>().HasIndex(m => m.Name, NameSearch.MediatorIndex).HasDatabaseName(NameSearch.MediatorIndex).HasMethod("gin").HasOperators("gin_trgm_ops");
        // A region's count of existing committees (Committee.ExistsOn) reads the region index only, without the table.
        modelBuilder.Entity<Committee>().HasIndex(c => new { c.RegionCode, c.Id }).IncludeProperties(c => new { c.EstablishedOn, c.DissolvedOn });
        modelBuilder.Entity<Committee>().HasIndex(c => c.Name, NameSearch.CommitteeIndex).HasDatabaseName(NameSearch.CommitteeIndex).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
