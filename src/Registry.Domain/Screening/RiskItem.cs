using Registry.Domain.Common;
using Registry.Domain.Disputes;
using Registry.Domain.Regions;

namespace Registry.Domain.Screening;

/// <summary>
/// A line of the ledger (台账): a dispute or hidden risk found in a round, tracked until it is closed (建账销号). Its
/// status moves by dated steps; RESOLVED and REFERRED close it, ESCALATED keeps it open at a higher level.
/// </summary>
public class RiskItem : Entity, IRegional
{
    public const int MaxSummaryLength = 1000;
    public const int MaxPartiesLength = 200;

    private readonly List<RiskStatusChange> history = [];

    private RiskItem() { }

    public long RoundId { get; private set; }
    public long CommitteeId { get; private set; }
    /// <summary>The committee's region, kept here so the ledger filters by code range without a join.</summary>
    public string RegionCode { get; private set; } = "";
    public DisputeCategory Category { get; private set; }
    public RiskLevel Level { get; private set; }
    public string Summary { get; private set; } = "";
    /// <summary>Who is involved, as the round describes them (not resident ID numbers).</summary>
    public string? Parties { get; private set; }
    public DateOnly FoundOn { get; private set; }
    public RiskStatus Status { get; private set; }
    /// <summary>The day of the last status change.</summary>
    public DateOnly StatusOn { get; private set; }
    /// <summary>The case the item became, once a committee took it up as a case (调解案件).</summary>
    public long? CaseId { get; private set; }
    public IReadOnlyList<RiskStatusChange> History => history;

    public bool IsClosed => IsClosing(Status);

    public static bool IsClosing(RiskStatus status) => status is RiskStatus.Resolved or RiskStatus.Referred;

    /// <summary>Days since it was found: to <paramref name="today"/> while open, to the closing day once closed.</summary>
    public int AgeInDays(DateOnly today) => (IsClosed ? StatusOn : today).DayNumber - FoundOn.DayNumber;

    /// <summary>A HIGH or MAJOR item still open after more than <paramref name="limitDays"/> days.</summary>
    public bool IsOverdue(DateOnly today, int? limitDays) =>
        limitDays is { } limit && Level is RiskLevel.High or RiskLevel.Major && !IsClosed && AgeInDays(today) > limit;

    internal static RiskItem Open(Guard guard, string at, RiskItemDetails? d, long committeeId, string regionCode, DateOnly foundOn)
    {
        if (d is null) { guard.Add(at, ErrorCodes.Required, $"{at} must not be null."); return new RiskItem(); }
        if (!Enum.IsDefined(d.Category)) guard.Add($"{at}.category", ErrorCodes.Invalid, $"{at}.category is not a dispute category.");
        if (!Enum.IsDefined(d.Level)) guard.Add($"{at}.riskLevel", ErrorCodes.Invalid, $"{at}.riskLevel is not a risk level.");
        var item = new RiskItem
        {
            CommitteeId = committeeId, RegionCode = regionCode, Category = d.Category, Level = d.Level,
            Summary = guard.Text($"{at}.summary", d.Summary, MaxSummaryLength),
            Parties = guard.OptionalText($"{at}.parties", d.Parties, MaxPartiesLength),
            FoundOn = foundOn, Status = RiskStatus.Open, StatusOn = foundOn,
        };
        item.history.Add(new RiskStatusChange { Status = RiskStatus.Open, On = foundOn });
        return item;
    }

    /// <summary>
    /// Moves the item to <paramref name="status"/> on <paramref name="on"/>. A closed item stays closed (a new risk is a
    /// new item); steps are dated in order and never in the future; REFERRED and ESCALATED say to whom in the note.
    /// </summary>
    public void Move(RiskStatus status, DateOnly on, string? note, DateOnly today, long? caseId = null)
    {
        var guard = new Guard();
        if (!Enum.IsDefined(status) || status == RiskStatus.Open)
            guard.Add("status", ErrorCodes.Invalid, "status must be MEDIATING, RESOLVED, REFERRED or ESCALATED; an item opens only when found.");
        else if (IsClosed)
            guard.Add("status", ErrorCodes.InvalidState, $"The item was closed as {Status} on {StatusOn:yyyy-MM-dd}; record a new risk in a round instead.");
        else if (status == Status)
            guard.Add("status", ErrorCodes.InvalidState, $"The item is already {Status}.");
        if (on < StatusOn) guard.Add("on", ErrorCodes.OutOfRange, $"on must not be before the last change, {StatusOn:yyyy-MM-dd}.");
        if (on > today) guard.Add("on", ErrorCodes.OutOfRange, "on must not be in the future.");
        var checkedNote = guard.OptionalText("note", note, RiskStatusChange.MaxNoteLength);
        if (status is RiskStatus.Referred or RiskStatus.Escalated && checkedNote is null)
            guard.Add("note", ErrorCodes.Required, $"Say in note to whom the item was {(status == RiskStatus.Referred ? "referred" : "escalated")}.");
        guard.ThrowIfAny();
        Status = status;
        StatusOn = on;
        if (caseId is not null) CaseId = caseId;
        history.Add(new RiskStatusChange { Status = status, On = on, Note = checkedNote });
    }
}
