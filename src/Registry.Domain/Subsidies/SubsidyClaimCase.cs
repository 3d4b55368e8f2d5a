namespace Registry.Domain.Subsidies;

/// <summary>
/// A case a claim pays for. <see cref="LiveCaseId"/> is the case's id while the claim is live (not rejected) and null
/// after, and the database keeps it unique: however many claims are created at once, a case is in one live claim.
/// </summary>
public class SubsidyClaimCase
{
    private SubsidyClaimCase() { }

    public long ClaimId { get; private set; }
    public long CaseId { get; private set; }
    public long? LiveCaseId { get; private set; }
}
