using Registry.Domain.Training;

namespace Registry.Data.Configurations;

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> session)
    {
        session.Property(s => s.RegionCode).HasMaxLength(12);
        session.Property(s => s.Title).HasMaxLength(TrainingSession.MaxTitleLength);
        session.Property(s => s.Location).HasMaxLength(TrainingSession.MaxLocationLength);
        session.Property(s => s.CancellationReason).HasMaxLength(TrainingSession.MaxReasonLength);
        session.Ignore(s => s.Hours);
        session.Ignore(s => s.IsCancelled);
        session.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionCode).OnDelete(DeleteBehavior.Restrict);
        session.HasIndex(s => new { s.RegionCode, s.Date });
        session.HasIndex(s => s.Date);
    }
}
