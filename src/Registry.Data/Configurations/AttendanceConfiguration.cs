using Registry.Domain.Training;

namespace Registry.Data.Configurations;

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> attendance)
    {
        attendance.Ignore(a => a.Hours);
        attendance.HasOne<TrainingSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Restrict);
        attendance.HasOne<Mediator>().WithMany().HasForeignKey(a => a.MediatorId).OnDelete(DeleteBehavior.Restrict);
        // One record per session and mediator: recording again updates it, and a racing duplicate fails instead of double-crediting.
        attendance.HasIndex(a => new { a.SessionId, a.MediatorId }).IsUnique();
        attendance.HasIndex(a => new { a.MediatorId, a.SessionId });
    }
}
