namespace Registry.Domain.Training;

/// <summary>
/// How a mediator stands against the requirement for one year: compliant when nothing is lacking. Pre-service hours
/// are not judged here: they are due before a first certificate, which certification checks.
/// </summary>
public sealed record TrainingStanding(int Minutes, int PracticalCount, GoverningRequirement Requirement)
{
    public IReadOnlyList<TrainingLack> Lacks
    {
        get
        {
            var lacks = new List<TrainingLack>();
            if (Minutes < Requirement.MinMinutesPerYear)
                lacks.Add(new TrainingLack(TrainingLackKind.Hours, Requirement.MinMinutesPerYear, Minutes));
            if (PracticalCount < Requirement.MinPracticalSessionsPerYear)
                lacks.Add(new TrainingLack(TrainingLackKind.PracticalSessions, Requirement.MinPracticalSessionsPerYear, PracticalCount));
            return lacks;
        }
    }

    public bool IsCompliant => Minutes >= Requirement.MinMinutesPerYear && PracticalCount >= Requirement.MinPracticalSessionsPerYear;

    /// <summary>
    /// The day whose roster a year's report counts: 31 December for a past or future year, today for the current
    /// one. The requirement in force on that day governs the year.
    /// </summary>
    public static DateOnly ReferenceDate(int year, DateOnly today) =>
        year == today.Year ? today : new DateOnly(year, 12, 31);
}
