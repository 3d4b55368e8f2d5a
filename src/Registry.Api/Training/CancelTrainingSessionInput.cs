namespace Registry.Api.Training;

/// <summary>The command of <see cref="CancelTrainingSession"/>.</summary>
public sealed class CancelTrainingSessionInput
{
    public string? SessionId { get; set; }
    public string? Reason { get; set; }
}
