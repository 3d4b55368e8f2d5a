using Registry.Domain.Common;

namespace Registry.Domain.Complaints;

/// <summary>
/// A complaint against a mediator (投诉, seed 002's 投诉处理机制), received by a bureau and resolved once, UPHELD or
/// DISMISSED. An upheld complaint counts against grade eligibility for the years a ladder says.
/// </summary>
public class Complaint : Entity, Regions.IRegional, IVersioned
{
    public const int MaxSummaryLength = 1000;

    private Complaint() { }

    public long MediatorId { get; private set; }
    /// <summary>The bureau's region that received it.</summary>
    public string RegionCode { get; private set; } = "";
    public DateOnly ReceivedOn { get; private set; }
    public string Summary { get; private set; } = "";
    public ComplaintOutcome? Outcome { get; private set; }
    public DateOnly? ResolvedOn { get; private set; }
    public int Version { get; private set; } = 1;

    public bool IsUpheld => Outcome == ComplaintOutcome.Upheld;

    public static Complaint Record(long mediatorId, string regionCode, DateOnly receivedOn, string? summary, DateOnly today)
    {
        var guard = new Guard();
        var text = guard.Text("summary", summary, MaxSummaryLength);
        if (receivedOn == default) guard.Add("receivedOn", ErrorCodes.Required, "receivedOn is required.");
        else if (receivedOn > today) guard.Add("receivedOn", ErrorCodes.OutOfRange, $"receivedOn must not be in the future (today is {today:yyyy-MM-dd}).");
        guard.ThrowIfAny();
        return new Complaint { MediatorId = mediatorId, RegionCode = regionCode, ReceivedOn = receivedOn, Summary = text };
    }

    public void Resolve(ComplaintOutcome outcome, DateOnly resolvedOn, DateOnly today)
    {
        if (Outcome is { } done)
            throw new DomainException("complaintId", ErrorCodes.InvalidState, $"The complaint was already resolved ({done.ToString().ToUpperInvariant()}) on {ResolvedOn:yyyy-MM-dd}.");
        if (!Enum.IsDefined(outcome)) throw new DomainException("outcome", ErrorCodes.Invalid, "outcome must be UPHELD or DISMISSED.");
        if (resolvedOn < ReceivedOn)
            throw new DomainException("resolvedOn", ErrorCodes.OutOfRange, $"resolvedOn must not be before the complaint was received ({ReceivedOn:yyyy-MM-dd}).");
        if (resolvedOn > today) throw new DomainException("resolvedOn", ErrorCodes.OutOfRange, $"resolvedOn must not be in the future (today is {today:yyyy-MM-dd}).");
        Outcome = outcome;
        ResolvedOn = resolvedOn;
        Version++;
    }
}
