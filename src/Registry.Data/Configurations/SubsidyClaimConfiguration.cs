using Registry.Domain.Subsidies;

namespace Registry.Data.Configurations;

/// <summary>A claim with its history as owned rows; its version guards every status change (two approvals, one wins).</summary>
internal sealed class SubsidyClaimConfiguration : IEntityTypeConfiguration<SubsidyClaim>
{
    public void Configure(EntityTypeBuilder<SubsidyClaim> claim)
    {
        claim.ToTable("subsidy_claims");
        claim.Property(c => c.RegionCode).HasMaxLength(12);
        claim.Property(c => c.CreatedBy).HasMaxLength(200);
        claim.Property(c => c.SubmittedBy).HasMaxLength(200);
        claim.Property(c => c.PaymentReference).HasMaxLength(SubsidyClaim.MaxReferenceLength);
        claim.Property(c => c.Version).IsConcurrencyToken();
        claim.Ignore(c => c.IsLive);
        claim.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionCode).OnDelete(DeleteBehavior.Restrict);
        claim.HasIndex(c => new { c.RegionCode, c.From });
        claim.OwnsMany(c => c.History, e =>
        {
            e.ToTable("subsidy_claim_events");
            e.WithOwner().HasForeignKey("ClaimId");
            e.Property<long>("Id");
            e.HasKey("Id");
            e.Property(x => x.By).HasMaxLength(200);
            e.Property(x => x.ByRole).HasMaxLength(40);
            e.Property(x => x.Note).HasMaxLength(SubsidyClaimEvent.MaxNoteLength);
        });
        claim.Navigation(c => c.History).HasField("history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
