using Registry.Domain.Screening;

namespace Registry.Data.Configurations;

internal sealed class InformantConfiguration : IEntityTypeConfiguration<Informant>
{
    public void Configure(EntityTypeBuilder<Informant> informant)
    {
        informant.ToTable("informants");
        informant.Property(i => i.RegionCode).HasMaxLength(12);
        informant.Property(i => i.Name).HasMaxLength(Informant.MaxNameLength);
        informant.Property(i => i.IdNumber).HasMaxLength(18);
        informant.Property(i => i.Phone).HasMaxLength(20);
        informant.HasOne<Committee>().WithMany().HasForeignKey(i => i.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        informant.HasIndex(i => new { i.CommitteeId, i.Role });
        informant.HasIndex(i => new { i.RegionCode, i.Id });
    }
}
