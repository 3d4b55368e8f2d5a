using Registry.Domain.Subsidies;

namespace Registry.Data.Configurations;

/// <summary>A subsidy policy with its rates and grade coefficients as owned rows, which the statement's SQL joins.</summary>
internal sealed class SubsidyPolicyConfiguration : IEntityTypeConfiguration<SubsidyPolicy>
{
    public void Configure(EntityTypeBuilder<SubsidyPolicy> policy)
    {
        policy.ToTable("subsidy_policies");
        policy.Property(p => p.RegionCode).HasMaxLength(12);
        policy.Property(p => p.Title).HasMaxLength(SubsidyPolicy.MaxTitleLength);
        policy.Property(p => p.SourceDocument).HasMaxLength(SubsidyPolicy.MaxSourceLength);
        policy.Ignore(p => p.Period);
        policy.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
        policy.HasIndex(p => new { p.RegionCode, p.EffectiveFrom });
        policy.OwnsMany(p => p.Rates, rate =>
        {
            rate.ToTable("subsidy_rates");
            rate.WithOwner().HasForeignKey("PolicyId");
            rate.Property<long>("Id");
            rate.HasKey("Id");
            rate.HasIndex("PolicyId", nameof(SubsidyRate.Difficulty), nameof(SubsidyRate.Agreement)).IsUnique();
        });
        policy.Navigation(p => p.Rates).HasField("rates").UsePropertyAccessMode(PropertyAccessMode.Field);
        policy.OwnsMany(p => p.GradeCoefficients, c =>
        {
            c.ToTable("subsidy_grade_coefficients");
            c.WithOwner().HasForeignKey("PolicyId");
            c.Property<long>("Id");
            c.HasKey("Id");
            c.Property(x => x.LevelName).HasMaxLength(GradeCoefficient.MaxLevelNameLength);
            c.HasIndex("PolicyId", nameof(GradeCoefficient.LevelName)).IsUnique();
        });
        policy.Navigation(p => p.GradeCoefficients).HasField("coefficients").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
