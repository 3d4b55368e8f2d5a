namespace Registry.Data.Generation;

/// <summary>A committee as planned: its row, and the bureau (county) whose mediators and training it shares.</summary>
internal sealed record PlannedCommittee(
    string RegionCode, string Bureau, string Name, CommitteeKind Kind, DateOnly EstablishedOn, int Mediators);

/// <summary>A mediator as the later phases need them: where they serve and when they were born.</summary>
internal readonly record struct PlannedMediator(int Committee, DateOnly BirthDate);

/// <summary>An appointment row; <see cref="Mediator"/> and <see cref="Committee"/> are indexes (id − 1).</summary>
internal record struct PlannedAppointment(
    int Mediator, int Committee, AppointmentRole Role, bool FullTime, DateOnly Start, DateOnly? End, bool OverlapsAnother)
{
    public readonly bool IsActiveOn(DateOnly day) => Start <= day && (End is null || day <= End);
}

/// <summary>
/// The roster the generation planned, held in memory so that training, certificates and cases can point at serving
/// mediators: ids are positions plus one, assigned in the order written.
/// </summary>
internal sealed class Roster(ScopeRegions regions, GenerationRequest request)
{
    public ScopeRegions Regions { get; } = regions;
    public GenerationRequest Request { get; } = request;
    public DateOnly AsOf => Request.AsOf;
    public List<PlannedCommittee> Committees { get; } = [];
    public List<PlannedMediator> Mediators { get; } = [];
    public List<PlannedAppointment> Appointments { get; } = [];

    /// <summary>Each mediator's first appointment (index), the one their service is counted from.</summary>
    public int[] FirstAppointment { get; set; } = [];

    /// <summary>Each mediator's latest appointment to their own committee (index): serving when it has no end.</summary>
    public int[] MainAppointment { get; set; } = [];
}
