namespace Registry.Api.Grading;

/// <summary>The command of <see cref="RecordGradeAssessment"/>.</summary>
public sealed class RecordGradeAssessmentInput
{
    public string? MediatorId { get; set; }
    public string? Level { get; set; }
    public DateOnly AssessedOn { get; set; }
    public string? Basis { get; set; }
    public string? AssessingRegionCode { get; set; }
}
