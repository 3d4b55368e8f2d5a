using Registry.Domain.Common;

namespace Registry.Domain.Subsidies;

/// <summary>
/// A claim (补贴申领) for a region's per-case subsidies over a period: created from the statement with its lines frozen
/// (<see cref="SubsidyClaimLine"/>), then submitted, approved or rejected, and paid. Four eyes: whoever submitted a
/// claim cannot approve it. Every step is in <see cref="History"/>.
/// </summary>
public class SubsidyClaim : Entity, Regions.IRegional, IVersioned
{
    public const int MaxReferenceLength = 100;
    public const string SamePerson = ErrorCodes.SamePerson;

    private readonly List<SubsidyClaimEvent> history = [];

    private SubsidyClaim() { }

    public string RegionCode { get; private set; } = "";
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public ClaimStatus Status { get; private set; }
    /// <summary>The sum of the frozen lines, in fen.</summary>
    public long AmountFen { get; private set; }
    public int LineCount { get; private set; }
    public int PayableLineCount { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public string? SubmittedBy { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public string? PaymentReference { get; private set; }
    public int Version { get; private set; } = 1;
    public IReadOnlyList<SubsidyClaimEvent> History => history;

    /// <summary>Whether the claim holds its cases: every status but REJECTED.</summary>
    public bool IsLive => Status != ClaimStatus.Rejected;

    public static SubsidyClaim Create(string regionCode, DateOnly from, DateOnly to, string by, string role, DateTime at)
    {
        var claim = new SubsidyClaim { RegionCode = regionCode, From = from, To = to, Status = ClaimStatus.Draft, CreatedBy = by };
        claim.Record(ClaimStatus.Draft, by, role, at, null);
        return claim;
    }

    /// <summary>Whether this live claim's region and period overlap another claim for the same region.</summary>
    public bool Overlaps(string regionCode, DateOnly from, DateOnly to) => IsLive && RegionCode == regionCode && From <= to && from <= To;

    /// <summary>The totals of the lines frozen into it (set once, when created).</summary>
    public void Totals(long amountFen, int lines, int payableLines)
    {
        AmountFen = amountFen;
        LineCount = lines;
        PayableLineCount = payableLines;
    }

    public void Submit(string by, string role, DateTime at)
    {
        if (Status != ClaimStatus.Draft)
            throw new DomainException("claimId", ErrorCodes.InvalidState, $"The claim is {Name(Status)}; only a DRAFT claim can be submitted.");
        SubmittedBy = by;
        Record(ClaimStatus.Submitted, by, role, at, null);
    }

    public void Approve(string by, string role, DateTime at)
    {
        if (Status != ClaimStatus.Submitted)
            throw new DomainException("claimId", ErrorCodes.InvalidState, $"The claim is {Name(Status)}; only a SUBMITTED claim can be approved.");
        if (by == SubmittedBy)
            throw new DomainException("claimId", ErrorCodes.SamePerson, "You submitted this claim, so someone else must approve it (four eyes).");
        Record(ClaimStatus.Approved, by, role, at, null);
    }

    public void Reject(string by, string role, string? reason, DateTime at)
    {
        var guard = new Guard();
        var text = guard.Text("reason", reason, SubsidyClaimEvent.MaxNoteLength, multiline: true);
        guard.ThrowIfAny();
        if (Status is not (ClaimStatus.Draft or ClaimStatus.Submitted))
            throw new DomainException("claimId", ErrorCodes.InvalidState, $"The claim is {Name(Status)}; only a DRAFT or SUBMITTED claim can be rejected.");
        Record(ClaimStatus.Rejected, by, role, at, text);
    }

    public void MarkPaid(string by, string role, DateOnly paidOn, string? reference, DateOnly today, DateTime at)
    {
        var guard = new Guard();
        var text = guard.Text("paymentReference", reference, MaxReferenceLength);
        if (paidOn > today) guard.Add("paidOn", ErrorCodes.OutOfRange, $"paidOn must not be in the future (today is {today:yyyy-MM-dd}).");
        else if (paidOn < To) guard.Add("paidOn", ErrorCodes.OutOfRange, $"paidOn must not be before the end of the claim's period ({To:yyyy-MM-dd}).");
        guard.ThrowIfAny();
        if (Status != ClaimStatus.Approved)
            throw new DomainException("claimId", ErrorCodes.InvalidState, $"The claim is {Name(Status)}; only an APPROVED claim can be marked paid.");
        PaidOn = paidOn;
        PaymentReference = text;
        Record(ClaimStatus.Paid, by, role, at, text);
    }

    private void Record(ClaimStatus after, string by, string role, DateTime at, string? note)
    {
        Status = after;
        if (history.Count > 0) Version++;
        history.Add(new SubsidyClaimEvent { Sequence = history.Count + 1, StatusAfter = after, By = by, ByRole = role, At = at, Note = note });
    }

    private static string Name(ClaimStatus s) => s.ToString().ToUpperInvariant();
}
