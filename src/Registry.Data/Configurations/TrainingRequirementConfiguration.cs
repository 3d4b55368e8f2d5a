using Registry.Domain.Training;

namespace Registry.Data.Configurations;

internal sealed class TrainingRequirementConfiguration : IEntityTypeConfiguration<TrainingRequirement>
{
    public void Configure(EntityTypeBuilder<TrainingRequirement> requirement)
    {
        requirement.Ignore(r => r.Period);
        requirement.Property(r => r.RegionCode).HasMaxLength(12);
        requirement.Property(r => r.Title).HasMaxLength(TrainingRequirement.MaxTitleLength);
        requirement.Property(r => r.SourceDocument).HasMaxLength(TrainingRequirement.MaxSourceLength);
        requirement.Property(r => r.Quote).HasMaxLength(TrainingRequirement.MaxQuoteLength);
        requirement.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
        requirement.HasIndex(r => new { r.RegionCode, r.EffectiveFrom }).IsUnique();
    }
}
