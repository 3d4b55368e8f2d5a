namespace Registry.Domain.Training;

public enum TrainingLackKind
{
    /// <summary>Fewer hours credited in the year than the yearly minimum.</summary>
    Hours,
    /// <summary>Fewer practical sessions (实训) than the yearly minimum.</summary>
    PracticalSessions,
}
