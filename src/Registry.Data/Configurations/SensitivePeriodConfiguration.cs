using Registry.Domain.Screening;

namespace Registry.Data.Configurations;

internal sealed class SensitivePeriodConfiguration : IEntityTypeConfiguration<SensitivePeriod>
{
    public void Configure(EntityTypeBuilder<SensitivePeriod> period)
    {
        period.ToTable("sensitive_periods");
        period.Property(p => p.Name).HasMaxLength(SensitivePeriod.MaxNameLength);
        period.Property(p => p.Source).HasMaxLength(SensitivePeriod.MaxSourceLength);
        period.Ignore(p => p.Days);
        period.HasIndex(p => new { p.Name, p.StartsOn }).IsUnique();
    }
}
