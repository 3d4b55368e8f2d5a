using Registry.Domain.Subsidies;

namespace Registry.Data.Configurations;

/// <summary>The cases a claim pays; the unique index on the live case id is what keeps a case in one live claim.</summary>
internal sealed class SubsidyClaimCaseConfiguration : IEntityTypeConfiguration<SubsidyClaimCase>
{
    public void Configure(EntityTypeBuilder<SubsidyClaimCase> c)
    {
        c.ToTable("subsidy_claim_cases");
        c.HasKey(x => new { x.ClaimId, x.CaseId });
        c.HasOne<SubsidyClaim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
        c.HasIndex(x => x.LiveCaseId).IsUnique();
        c.HasIndex(x => x.CaseId);
    }
}
