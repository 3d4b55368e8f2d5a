using Registry.Domain.Certificates;

namespace Registry.Data.Configurations;

internal sealed class CertificateEventConfiguration : IEntityTypeConfiguration<CertificateEvent>
{
    public void Configure(EntityTypeBuilder<CertificateEvent> e)
    {
        e.ToTable("certificate_events");
        e.Property(x => x.Reason).HasMaxLength(CertificateEvent.MaxReasonLength);
        e.HasIndex(x => new { x.CertificateId, x.Sequence }).IsUnique();
        // "Whose certificate was valid on a day" reads a mediator's events up to that day.
        e.HasIndex(x => new { x.MediatorId, x.On });
        e.HasOne<Mediator>().WithMany().HasForeignKey(x => x.MediatorId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Domain.Complaints.Complaint>().WithMany().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Restrict);
    }
}
