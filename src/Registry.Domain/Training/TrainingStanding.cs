namespace Registry.Domain.Training;

/// <summary>
/// How a mediator stands against the requirement for one year: compliant when nothing is lacking. Pre-service hours
/// are not judged here: they are due before a first certificate, which certification checks.
/// </summary>
public sealed record TrainingStanding(int Minutes, int PracticalCount, GoverningRequirement Requirement)
{
    /// <summary>
    /// What the requirement measures in a year, in the order lacks are listed. A report that decides in SQL who is
    /// behind writes its test from this list and <see cref="Meets"/> (Registry.Data's <c>TrainingSql.Compliant</c>),
    /// so a measure added here is judged there too.
    /// </summary>
    public static readonly IReadOnlyList<TrainingLackKind> Measures = [TrainingLackKind.Hours, TrainingLackKind.PracticalSessions];

    /// <summary>A measure is met when what was done reaches what is required.</summary>
    public static bool Meets(int actual, int required) => actual >= required;

    public int Required(TrainingLackKind measure) => measure switch
    {
        TrainingLackKind.Hours => Requirement.MinMinutesPerYear,
        TrainingLackKind.PracticalSessions => Requirement.MinPracticalSessionsPerYear,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    public int Actual(TrainingLackKind measure) => measure switch
    {
        TrainingLackKind.Hours => Minutes,
        TrainingLackKind.PracticalSessions => PracticalCount,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    public IReadOnlyList<TrainingLack> Lacks =>
        Measures.Where(m => !Meets(Actual(m), Required(m))).Select(m => new TrainingLack(m, Required(m), Actual(m))).ToList();

    public bool IsCompliant => Measures.All(m => Meets(Actual(m), Required(m)));

    /// <summary>
    /// The day whose roster a year's report counts: 31 December for a past or future year, today for the current
    /// one. The requirement in force on that day governs the year.
    /// </summary>
    public static DateOnly ReferenceDate(int year, DateOnly today) =>
        year == today.Year ? today : new DateOnly(year, 12, 31);
}
