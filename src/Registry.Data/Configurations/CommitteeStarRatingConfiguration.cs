namespace Registry.Data.Configurations;

internal sealed class CommitteeStarRatingConfiguration : IEntityTypeConfiguration<CommitteeStarRating>
{
    public void Configure(EntityTypeBuilder<CommitteeStarRating> rating)
    {
        rating.ToTable("committee_star_ratings");
        rating.Property(r => r.Basis).HasMaxLength(CommitteeStarRating.MaxBasisLength);
        rating.Property(r => r.RegionCode).HasMaxLength(12);
        rating.HasIndex(r => new { r.CommitteeId, r.AssessedOn });
        rating.HasOne<Committee>().WithMany().HasForeignKey(r => r.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        rating.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
