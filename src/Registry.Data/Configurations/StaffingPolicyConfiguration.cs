using Registry.Domain.Staffing;

namespace Registry.Data.Configurations;

/// <summary>
/// A policy with its rules and targets as owned rows in their own tables: they have no identity outside the policy,
/// and a new version of a policy is a new policy.
/// </summary>
internal sealed class StaffingPolicyConfiguration : IEntityTypeConfiguration<StaffingPolicy>
{
    public void Configure(EntityTypeBuilder<StaffingPolicy> policy)
    {
        policy.ToTable("staffing_policies");
        policy.Property(p => p.RegionCode).HasMaxLength(12);
        policy.Property(p => p.Title).HasMaxLength(StaffingPolicy.MaxTitleLength);
        policy.Property(p => p.SourceDocument).HasMaxLength(StaffingPolicy.MaxSourceLength);
        policy.Ignore(p => p.Period);
        policy.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
        policy.HasIndex(p => new { p.RegionCode, p.EffectiveFrom });

        policy.OwnsMany(p => p.Rules, rule =>
        {
            rule.ToTable("staffing_rules");
            rule.WithOwner().HasForeignKey("PolicyId");
            rule.Property<long>("Id");
            rule.HasKey("Id");
            rule.Property(r => r.Quote).HasMaxLength(StaffingRule.MaxQuoteLength);
        });
        policy.Navigation(p => p.Rules).HasField("rules").UsePropertyAccessMode(PropertyAccessMode.Field);

        policy.OwnsMany(p => p.Targets, target =>
        {
            target.ToTable("staffing_targets");
            target.WithOwner().HasForeignKey("PolicyId");
            target.Property<long>("Id");
            target.HasKey("Id");
            target.Property(t => t.Target).HasPrecision(12, 4);
            target.Property(t => t.Note).HasMaxLength(StaffingTarget.MaxNoteLength);
            target.Property(t => t.Quote).HasMaxLength(StaffingRule.MaxQuoteLength);
        });
        policy.Navigation(p => p.Targets).HasField("targets").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
