namespace Registry.Data.Configurations;

internal sealed class CaseRecordingPolicyConfiguration : IEntityTypeConfiguration<CaseRecordingPolicy>
{
    public void Configure(EntityTypeBuilder<CaseRecordingPolicy> policy)
    {
        policy.Property(p => p.RegionCode).HasMaxLength(12);
        policy.Property(p => p.Title).HasMaxLength(CaseRecordingPolicy.MaxTitleLength);
        policy.Property(p => p.SourceDocument).HasMaxLength(CaseRecordingPolicy.MaxSourceLength);
        policy.Ignore(p => p.Period);
        policy.HasIndex(p => new { p.RegionCode, p.EffectiveFrom }).IsUnique();
    }
}
