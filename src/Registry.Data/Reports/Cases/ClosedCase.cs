using System.Linq.Expressions;
using Registry.Domain.Disputes;

namespace Registry.Data.Reports.Cases;

/// <summary>A closed case reduced to what statistics aggregate, with the region of its committee.</summary>
public sealed class ClosedCase
{
    public long CommitteeId { get; init; }
    public string RegionCode { get; init; } = "";
    public long LeadMediatorId { get; init; }
    public DisputeCategory Category { get; init; }
    public CaseOutcome? Outcome { get; init; }
    public bool TurnedCriminal { get; init; }
    public bool EnteredLate { get; init; }
    public bool FollowedUp { get; init; }
    public int DaysToClose { get; init; }
}
