namespace Registry.Data.Configurations;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> appointment)
    {
        appointment.Ignore(a => a.Period);
        appointment.HasOne<Mediator>().WithMany().HasForeignKey(a => a.MediatorId).OnDelete(DeleteBehavior.Restrict);
        appointment.HasOne<Committee>().WithMany().HasForeignKey(a => a.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        appointment.HasIndex(a => new { a.CommitteeId, a.StartDate });
        appointment.HasIndex(a => new { a.MediatorId, a.StartDate });
    }
}
