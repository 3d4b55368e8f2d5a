using Microsoft.EntityFrameworkCore.Design;

namespace Registry.Data;

/// <summary>The production store; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresRegistryDbContext(DbContextOptions<PostgresRegistryDbContext> options) : RegistryDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override RegistryDbContext CreateSibling() => new PostgresRegistryDbContext(options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Region codes compare byte-wise so a subtree is an index range (code >= p AND code < p'), whatever
        // the database's default collation is.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                     .Where(p => p.ClrType == typeof(string) && (p.Name.EndsWith("RegionCode") || p.DeclaringType.ClrType == typeof(Region) && p.Name.EndsWith("Code"))))
            property.SetCollation("C");
    }
}
