using Registry.Domain.Screening;

namespace Registry.Data.Configurations;

/// <summary>A screening policy with its per-level cadences as owned rows; a new version is a new policy.</summary>
internal sealed class ScreeningPolicyConfiguration : IEntityTypeConfiguration<ScreeningPolicy>
{
    public void Configure(EntityTypeBuilder<ScreeningPolicy> policy)
    {
        policy.ToTable("screening_policies");
        policy.Property(p => p.RegionCode).HasMaxLength(12);
        policy.Property(p => p.Title).HasMaxLength(ScreeningPolicy.MaxTitleLength);
        policy.Property(p => p.SourceDocument).HasMaxLength(ScreeningPolicy.MaxSourceLength);
        policy.Ignore(p => p.Period);
        policy.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
        policy.HasIndex(p => new { p.RegionCode, p.EffectiveFrom });
        policy.OwnsMany(p => p.Rules, rule =>
        {
            rule.ToTable("screening_rules");
            rule.WithOwner().HasForeignKey("PolicyId");
            rule.Property<long>("Id");
            rule.HasKey("Id");
            rule.Property(r => r.Quote).HasMaxLength(ScreeningRule.MaxQuoteLength);
        });
        policy.Navigation(p => p.Rules).HasField("rules").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
