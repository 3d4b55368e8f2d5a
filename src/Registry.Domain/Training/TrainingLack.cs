namespace Registry.Domain.Training;

/// <summary>One thing a mediator still lacks for a year: hours in minutes, practical sessions as a count.</summary>
public sealed record TrainingLack(TrainingLackKind Kind, int Required, int Actual)
{
    public int Missing => Math.Max(0, Required - Actual);

    public string Message => Kind switch
    {
        TrainingLackKind.Hours =>
            $"{TrainingHours.ToHours(Missing)} more training hours (credited {TrainingHours.ToHours(Actual)} of the required {TrainingHours.ToHours(Required)}).",
        _ => $"{Missing} more practical training session{(Missing == 1 ? "" : "s")} (实训) (took {Actual} of the required {Required}).",
    };
}
