using Registry.Domain.Subsidies;

namespace Registry.Data.Configurations;

/// <summary>Frozen claim lines: no foreign key to the case or mediator rows they copy, so nothing later reaches them.</summary>
internal sealed class SubsidyClaimLineConfiguration : IEntityTypeConfiguration<SubsidyClaimLine>
{
    public void Configure(EntityTypeBuilder<SubsidyClaimLine> line)
    {
        line.ToTable("subsidy_claim_lines");
        line.Property(l => l.RegionCode).HasMaxLength(12);
        line.Property(l => l.ExternalNumber).HasMaxLength(MediationCase.MaxExternalNumberLength);
        line.Property(l => l.LevelName).HasMaxLength(GradeCoefficient.MaxLevelNameLength);
        line.Property(l => l.LeadCertificateNumber).HasMaxLength(Registry.Domain.Certificates.CertificateNumber.MaxLength);
        line.HasOne<SubsidyClaim>().WithMany().HasForeignKey(l => l.ClaimId).OnDelete(DeleteBehavior.Cascade);
        line.HasIndex(l => new { l.ClaimId, l.LineKey }).IsUnique();
        line.HasIndex(l => new { l.CaseId, l.MediatorId });
    }
}
