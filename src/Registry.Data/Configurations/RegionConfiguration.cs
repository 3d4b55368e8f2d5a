namespace Registry.Data.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> region)
    {
        region.HasKey(r => r.Code);
        region.Property(r => r.Code).HasMaxLength(12);
        region.Property(r => r.Name).HasMaxLength(100);
        region.Property(r => r.ParentCode).HasMaxLength(12);
        region.HasIndex(r => r.ParentCode);
    }
}
