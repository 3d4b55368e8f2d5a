namespace Registry.Data.Configurations;

internal sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> committee)
    {
        committee.Property(c => c.Name).HasMaxLength(Committee.MaxNameLength);
        committee.Property(c => c.RegionCode).HasMaxLength(12);
        committee.Property(c => c.Address).HasMaxLength(200);
        committee.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionCode).OnDelete(DeleteBehavior.Restrict);
        committee.HasIndex(c => new { c.RegionCode, c.Id });
        committee.HasIndex(c => c.Name);
        committee.Ignore(c => c.IsStandardised);
        committee.Property(c => c.Version).IsConcurrencyToken();
    }
}
