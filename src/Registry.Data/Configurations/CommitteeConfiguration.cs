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
        // totalCount of every existing committee reads this index only (Committee.ExistsOn), not the table.
        committee.HasIndex(c => new { c.EstablishedOn, c.DissolvedOn });
        // The unfiltered list's count in two halves (Registry.Api's ExistingCommittees): the committees not dissolved,
        // by the day they were established, and the few dissolved, by their last day; each half reads its own index.
        committee.HasIndex(c => c.EstablishedOn).HasFilter("dissolved_on IS NULL").HasDatabaseName("ix_committees_not_dissolved");
        committee.HasIndex(c => new { c.DissolvedOn, c.EstablishedOn }).HasFilter("dissolved_on IS NOT NULL").HasDatabaseName("ix_committees_dissolved");
        committee.HasIndex(c => c.Name);
        committee.Ignore(c => c.IsStandardised);
        committee.Property(c => c.Version).IsConcurrencyToken();
    }
}
