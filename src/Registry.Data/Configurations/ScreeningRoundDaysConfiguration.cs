using Registry.Data.Reports.Screening;

namespace Registry.Data.Configurations;

/// <summary>The screening report's read model: one row per committee and year, keyed so a report reads a region's committees' years.</summary>
internal sealed class ScreeningRoundDaysConfiguration : IEntityTypeConfiguration<ScreeningRoundDays>
{
    public void Configure(EntityTypeBuilder<ScreeningRoundDays> days)
    {
        days.ToTable("screening_round_days");
        days.HasKey(d => new { d.CommitteeId, d.Year });
        days.HasOne<Committee>().WithMany().HasForeignKey(d => d.CommitteeId).OnDelete(DeleteBehavior.Restrict);
    }
}
