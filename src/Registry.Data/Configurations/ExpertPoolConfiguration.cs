namespace Registry.Data.Configurations;

internal sealed class ExpertPoolConfiguration : IEntityTypeConfiguration<ExpertPool>
{
    public void Configure(EntityTypeBuilder<ExpertPool> pool)
    {
        pool.Property(p => p.Name).HasMaxLength(100);
        pool.Property(p => p.RegionCode).HasMaxLength(12);
        pool.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
        pool.HasIndex(p => new { p.RegionCode, p.Id });
    }
}
