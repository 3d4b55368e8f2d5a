namespace Registry.Data.Configurations;

internal sealed class BrandStudioConfiguration : IEntityTypeConfiguration<BrandStudio>
{
    public void Configure(EntityTypeBuilder<BrandStudio> studio)
    {
        studio.Property(s => s.Name).HasMaxLength(100);
        studio.Property(s => s.RegionCode).HasMaxLength(12);
        studio.HasOne<Committee>().WithMany().HasForeignKey(s => s.HostCommitteeId).OnDelete(DeleteBehavior.Restrict);
        studio.HasOne<Mediator>().WithMany().HasForeignKey(s => s.LeadMediatorId).OnDelete(DeleteBehavior.Restrict);
        studio.PrimitiveCollection(s => s.Specialities).ElementType().HasConversion<string>();
        studio.HasMany(s => s.Members).WithOne().HasForeignKey(m => m.BrandStudioId).OnDelete(DeleteBehavior.Cascade);
        studio.HasIndex(s => new { s.RegionCode, s.Id });
    }
}
