namespace Registry.Data.Configurations;

internal sealed class MediationCaseConfiguration : IEntityTypeConfiguration<MediationCase>
{
    public void Configure(EntityTypeBuilder<MediationCase> @case)
    {
        @case.ToTable("cases");
        @case.Property(c => c.SourcePlatform).HasMaxLength(MediationCase.MaxPlatformLength);
        @case.Property(c => c.ExternalNumber).HasMaxLength(MediationCase.MaxExternalNumberLength);
        @case.Property(c => c.PartySetFingerprint).HasMaxLength(CaseParty.FingerprintLength);
        @case.Ignore(c => c.IsClosed);
        @case.HasOne<Committee>().WithMany().HasForeignKey(c => c.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        @case.HasOne<Mediator>().WithMany().HasForeignKey(c => c.LeadMediatorId).OnDelete(DeleteBehavior.Restrict);
        @case.HasMany(c => c.CoMediators).WithOne().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        @case.HasMany(c => c.Parties).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        @case.HasIndex(c => new { c.SourcePlatform, c.ExternalNumber }).IsUnique();
        // Statistics: cases of these committees closed in a period; of a lead mediator closed in a period.
        @case.HasIndex(c => new { c.CommitteeId, c.ClosedOn });
        @case.HasIndex(c => new { c.LeadMediatorId, c.ClosedOn });
        // Duplicates: an equality self-join on the party set and category, within a received window.
        @case.HasIndex(c => new { c.PartySetFingerprint, c.Category, c.ReceivedDayNumber });
    }
}
