namespace Registry.Data.Seeding.Demo;

/// <summary>A mediator of the demo and the appointments to make once every id is known.</summary>
internal sealed class PlannedMediator(Mediator mediator, string homeCounty)
{
    public Mediator Mediator { get; } = mediator;
    public string HomeCounty { get; } = homeCounty;
    public List<PlannedAppointment> Appointments { get; } = [];
}

internal sealed record PlannedAppointment(PlannedCommittee Committee, AppointmentRole Role, Employment Employment, DateOnly Start, DateOnly? End);
