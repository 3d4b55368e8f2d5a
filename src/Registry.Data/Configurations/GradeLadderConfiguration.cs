using Registry.Domain.Grading;

namespace Registry.Data.Configurations;

/// <summary>
/// A ladder with its levels as one JSON column: levels have no identity outside their ladder, a new version is a new
/// ladder, and they are always read whole (resolution, eligibility), never queried one by one.
/// </summary>
internal sealed class GradeLadderConfiguration : IEntityTypeConfiguration<GradeLadder>
{
    public void Configure(EntityTypeBuilder<GradeLadder> ladder)
    {
        ladder.ToTable("grade_ladders");
        ladder.Property(l => l.RegionCode).HasMaxLength(12);
        ladder.Property(l => l.Title).HasMaxLength(GradeLadder.MaxTitleLength);
        ladder.Property(l => l.SourceDocument).HasMaxLength(GradeLadder.MaxSourceLength);
        ladder.Ignore(l => l.Period);
        ladder.Ignore(l => l.Specificity);
        // No foreign key to regions: the national default is stored under "CN", which is no region row.
        ladder.HasIndex(l => new { l.RegionCode, l.EffectiveFrom }).IsUnique();
        ladder.OwnsMany(l => l.Levels, level =>
        {
            level.ToJson("levels");
            level.Ignore(l => l.Criteria);
        });
        ladder.Navigation(l => l.Levels).HasField("levels").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
