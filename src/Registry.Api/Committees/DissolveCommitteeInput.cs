namespace Registry.Api.Committees;

/// <summary>The command of <see cref="DissolveCommittee"/>.</summary>
public sealed class DissolveCommitteeInput
{
    public string? CommitteeId { get; set; }
    public int? Version { get; set; }
    public DateOnly DissolvedOn { get; set; }
}
