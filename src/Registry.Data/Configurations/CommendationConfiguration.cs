using Registry.Domain.Commendations;

namespace Registry.Data.Configurations;

internal sealed class CommendationConfiguration : IEntityTypeConfiguration<Commendation>
{
    public void Configure(EntityTypeBuilder<Commendation> commendation)
    {
        commendation.ToTable("commendations");
        commendation.Property(c => c.Title).HasMaxLength(Commendation.MaxTitleLength);
        commendation.Property(c => c.AwardedBy).HasMaxLength(100);
        commendation.Property(c => c.RegionCode).HasMaxLength(12);
        commendation.HasIndex(c => c.MediatorId);
        commendation.HasIndex(c => c.CommitteeId);
        commendation.HasOne<Mediator>().WithMany().HasForeignKey(c => c.MediatorId).OnDelete(DeleteBehavior.Restrict);
        commendation.HasOne<Committee>().WithMany().HasForeignKey(c => c.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        commendation.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
