using Registry.Domain.Complaints;

namespace Registry.Data.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> complaint)
    {
        complaint.ToTable("complaints");
        complaint.Property(c => c.RegionCode).HasMaxLength(12);
        complaint.Property(c => c.Summary).HasMaxLength(Complaint.MaxSummaryLength);
        complaint.Property(c => c.Version).IsConcurrencyToken();
        complaint.Ignore(c => c.IsUpheld);
        complaint.HasIndex(c => new { c.MediatorId, c.ResolvedOn });
        complaint.HasOne<Mediator>().WithMany().HasForeignKey(c => c.MediatorId).OnDelete(DeleteBehavior.Restrict);
        complaint.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
