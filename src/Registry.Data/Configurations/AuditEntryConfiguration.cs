using Registry.Domain.Auditing;

namespace Registry.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_entries");
        entry.Property(e => e.Actor).HasMaxLength(100);
        entry.Property(e => e.Role).HasMaxLength(40);
        entry.Property(e => e.Jurisdiction).HasMaxLength(12);
        entry.Property(e => e.Operation).HasMaxLength(60);
        entry.Property(e => e.EntityType).HasMaxLength(40);
        entry.Property(e => e.EntityId).HasMaxLength(100);
        entry.Property(e => e.RegionCode).HasMaxLength(12);
        entry.HasIndex(e => new { e.RegionCode, e.At });
        entry.HasIndex(e => new { e.EntityId, e.At });
    }
}
