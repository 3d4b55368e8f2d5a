using Registry.Domain.Screening;

namespace Registry.Data.Configurations;

/// <summary>
/// Rounds with their risk items. The unique (committee, day, kind) index makes a round recorded twice a refusal even
/// when two requests race; (committee, day) is also what the compliance report probes.
/// </summary>
internal sealed class ScreeningRoundConfiguration : IEntityTypeConfiguration<ScreeningRound>
{
    public void Configure(EntityTypeBuilder<ScreeningRound> round)
    {
        round.ToTable("screening_rounds");
        round.Property(r => r.RegionCode).HasMaxLength(12);
        round.HasOne<Committee>().WithMany().HasForeignKey(r => r.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        round.HasIndex(r => new { r.CommitteeId, r.ScreenedOn, r.Kind }).IsUnique();
        round.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RoundId).OnDelete(DeleteBehavior.Restrict);
        round.Navigation(r => r.Items).HasField("items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
