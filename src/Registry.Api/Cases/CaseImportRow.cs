using Registry.Domain.Cases;
using Registry.Domain.Disputes;

namespace Registry.Api.Cases;

/// <summary>
/// One case as a platform sends it. Mediators are named by global ID or by resident ID number (sheets know the
/// number, not our IDs); the committee by global ID. <see cref="PartyIdNumbers"/> are hashed and dropped.
/// </summary>
public sealed class CaseImportRow
{
    public string? ExternalNumber { get; set; }
    public string? CommitteeId { get; set; }
    public DisputeCategory Category { get; set; }
    public CaseDifficulty Difficulty { get; set; }
    public string? LeadMediatorId { get; set; }
    public List<string>? CoMediatorIds { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public CaseOutcome? Outcome { get; set; }
    public DateOnly? FollowUpOn { get; set; }
    public bool? AgreementFulfilled { get; set; }
    public bool TurnedCriminal { get; set; }
    /// <summary>Null means the day of import.</summary>
    public DateOnly? EnteredOn { get; set; }
    public List<string>? PartyIdNumbers { get; set; }
}
