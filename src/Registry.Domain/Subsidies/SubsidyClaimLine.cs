using Registry.Domain.Cases;
using Registry.Domain.Common;

namespace Registry.Domain.Subsidies;

/// <summary>
/// A statement line frozen into a claim with the inputs it was computed from — the policy, the mediator's grade and
/// the lead's certificate on the closing date, the case fields used — so a later change to the roster, a grade, a
/// certificate or the case never changes what the claim says. Written set-based when the claim is created.
/// </summary>
public class SubsidyClaimLine : Entity
{
    private SubsidyClaimLine() { }

    public long ClaimId { get; private set; }
    /// <summary>The line's key in the statement: case id × 32 + its place in the case (the lead 0).</summary>
    public long LineKey { get; private set; }
    public long CaseId { get; private set; }
    public long MediatorId { get; private set; }
    public bool IsLead { get; private set; }
    public long CommitteeId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public long? PolicyId { get; private set; }
    public string ExternalNumber { get; private set; } = "";
    public CaseDifficulty Difficulty { get; private set; }
    public CaseOutcome? Outcome { get; private set; }
    public DateOnly ClosedOn { get; private set; }
    public DateOnly EnteredOn { get; private set; }
    public DateOnly? FollowUpOn { get; private set; }
    public string? LevelName { get; private set; }
    public bool LeadCertified { get; private set; }
    public string? LeadCertificateNumber { get; private set; }
    public int ShareNumerator { get; private set; }
    public int ShareDenominator { get; private set; }
    public long BaseFen { get; private set; }
    public int CoefficientPermille { get; private set; }
    public int PersonPercent { get; private set; }
    public long AmountBeforeCapFen { get; private set; }
    public long AmountFen { get; private set; }
    public SubsidyReason Reason { get; private set; }
}
