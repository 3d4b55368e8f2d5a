namespace Registry.Api.Committees;

/// <summary>The command of <see cref="RateCommittee"/>.</summary>
public sealed class RateCommitteeInput
{
    public string? CommitteeId { get; set; }
    public int Stars { get; set; }
    public DateOnly AssessedOn { get; set; }
    public string? Basis { get; set; }
    public string? AssessingRegionCode { get; set; }
}
