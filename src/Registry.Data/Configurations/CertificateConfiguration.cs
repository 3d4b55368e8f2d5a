using Registry.Domain.Certificates;

namespace Registry.Data.Configurations;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> certificate)
    {
        certificate.ToTable("certificates");
        certificate.Property(c => c.Number).HasMaxLength(CertificateNumber.MaxLength);
        certificate.Property(c => c.RegionCode).HasMaxLength(12);
        certificate.Property(c => c.Version).IsConcurrencyToken();
        certificate.HasIndex(c => c.Number).IsUnique();
        certificate.HasIndex(c => c.MediatorId);
        certificate.HasIndex(c => new { c.RegionCode, c.ValidUntil });
        certificate.HasOne<Mediator>().WithMany().HasForeignKey(c => c.MediatorId).OnDelete(DeleteBehavior.Restrict);
        certificate.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionCode).OnDelete(DeleteBehavior.Restrict);
        certificate.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CertificateId).OnDelete(DeleteBehavior.Cascade);
        certificate.Navigation(c => c.Events).HasField("events").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
