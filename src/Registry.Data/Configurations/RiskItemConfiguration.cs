using Registry.Domain.Screening;

namespace Registry.Data.Configurations;

/// <summary>The ledger: items by region and age (the ledger's order), each with its dated history as owned rows.</summary>
internal sealed class RiskItemConfiguration : IEntityTypeConfiguration<RiskItem>
{
    public void Configure(EntityTypeBuilder<RiskItem> item)
    {
        item.ToTable("risk_items");
        item.Property(i => i.RegionCode).HasMaxLength(12);
        item.Property(i => i.Summary).HasMaxLength(RiskItem.MaxSummaryLength);
        item.Property(i => i.Parties).HasMaxLength(RiskItem.MaxPartiesLength);
        item.Ignore(i => i.IsClosed);
        item.HasOne<Committee>().WithMany().HasForeignKey(i => i.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        item.HasOne<MediationCase>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
        item.HasIndex(i => new { i.RegionCode, i.FoundOn, i.Id });
        item.OwnsMany(i => i.History, change =>
        {
            change.ToTable("risk_status_changes");
            change.WithOwner().HasForeignKey("RiskItemId");
            change.Property<long>("Id");
            change.HasKey("Id");
            change.Property(c => c.Note).HasMaxLength(RiskStatusChange.MaxNoteLength);
        });
        item.Navigation(i => i.History).HasField("history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
