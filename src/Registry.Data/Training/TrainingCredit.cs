namespace Registry.Data.Training;

/// <summary>
/// What a mediator is credited in one calendar year (学时): the sums of their credited attendances
/// (<see cref="Registry.Domain.Training.Attendance.IsCreditedAt"/>) at that year's sessions. A read model kept by
/// <see cref="TrainingCredits"/>, so a report reads one row per mediator instead of summing attendances; no row means
/// nothing credited.
/// </summary>
public sealed class TrainingCredit
{
    private TrainingCredit() { }

    public long MediatorId { get; private set; }
    public int Year { get; private set; }
    public int Minutes { get; private set; }
    /// <summary>Credited attendances at practical sessions (实训).</summary>
    public int PracticalSessions { get; private set; }
    /// <summary>Credited attendances, one per session.</summary>
    public int Attendances { get; private set; }
}
