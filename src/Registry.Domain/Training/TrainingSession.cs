using Registry.Domain.Common;
using Registry.Domain.Regions;

namespace Registry.Domain.Training;

/// <summary>
/// A training session (培训) organised by a bureau for the mediators of its region. Attendance credits its hours;
/// a cancelled session credits nothing, and its records stay for history.
/// </summary>
public partial class TrainingSession : Entity, IRegional
{
    public const int MaxTitleLength = 200;
    public const int MaxLocationLength = 200;
    public const int MaxReasonLength = 500;

    private TrainingSession() { }

    /// <summary>The organiser's region (a province, prefecture, county or township bureau); the session is "in" every region covering it.</summary>
    public string RegionCode { get; private set; } = "";
    public TrainingTier Tier { get; private set; }
    public TrainingForm Form { get; private set; }
    public TrainingTopic Topics { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public int Minutes { get; private set; }
    public string? Location { get; private set; }
    /// <summary>Counts as practical training (实训) for requirements such as Mianyang's one a year.</summary>
    public bool IsPractical { get; private set; }
    public DateOnly? CancelledOn { get; private set; }
    public string? CancellationReason { get; private set; }

    public bool IsCancelled => CancelledOn is not null;

    public decimal Hours => TrainingHours.ToHours(Minutes);

    /// <summary>Practical drills and on-site observation are 实训 unless the organiser says otherwise.</summary>
    public static bool IsPracticalByDefault(TrainingForm form) => form is TrainingForm.PracticalDrill or TrainingForm.OnSiteObservation;

    /// <summary>The tier a bureau of a region's level organises at; village codes have no bureau.</summary>
    public static TrainingTier? TierOf(string regionCode) => regionCode.Length switch
    {
        2 => TrainingTier.Province,
        4 => TrainingTier.Prefecture,
        6 => TrainingTier.County,
        9 => TrainingTier.Township,
        _ => null,
    };

    public static TrainingSession Schedule(TrainingSessionDetails details)
    {
        var session = new TrainingSession();
        session.Apply(details, creditedMinutes: 0);
        return session;
    }

    /// <summary>
    /// Changes the details. Once attendance is recorded, date and organiser are fixed: every attendee was checked
    /// against them (<see cref="RefusalOf"/>), so moving them would leave records that no longer pass. Hours may not
    /// drop below what an attendee was already credited.
    /// </summary>
    /// <param name="attendanceRecorded">Whether any attendance record exists for this session.</param>
    /// <param name="maxCreditedMinutes">The most minutes one attendee's record credits (0 without records).</param>
    public void Update(TrainingSessionDetails details, bool attendanceRecorded, int maxCreditedMinutes)
    {
        var moved = details.Date != Date ? "date" : details.OrganiserRegionCode?.Trim() != RegionCode ? "organiserRegionCode" : null;
        if (moved is not null && attendanceRecorded)
            throw new DomainException(moved, ErrorCodes.Conflict,
                $"Attendance is recorded for this session and was checked against its date and organiser; {moved} can no longer change. Cancel it and schedule a new one.");
        if (IsCancelled)
            throw new DomainException("sessionId", ErrorCodes.InvalidState, $"The session was cancelled on {CancelledOn:yyyy-MM-dd} and can no longer be changed.");
        Apply(details, maxCreditedMinutes);
    }

    public void Cancel(DateOnly on, string? reason)
    {
        if (IsCancelled)
            throw new DomainException("sessionId", ErrorCodes.InvalidState, $"The session was already cancelled on {CancelledOn:yyyy-MM-dd}.");
        var guard = new Guard();
        var text = guard.OptionalText("reason", reason, MaxReasonLength, multiline: true);
        guard.ThrowIfAny();
        CancelledOn = on;
        CancellationReason = text;
    }

    private void Apply(TrainingSessionDetails d, int creditedMinutes)
    {
        var guard = new Guard();
        var code = d.OrganiserRegionCode?.Trim() ?? "";
        var levelTier = IsBureauRegion(code) ? TierOf(code) : null;
        if (levelTier is null)
            guard.Add("organiserRegionCode", ErrorCodes.Invalid, "organiserRegionCode must be the code of a province, prefecture, county or township (2, 4, 6 or 9 digits).");
        var tier = d.Tier ?? levelTier;
        if (d.Tier is { } t && !Enum.IsDefined(t))
            guard.Add("tier", ErrorCodes.Invalid, "tier is not a training tier.");
        else if (d.Tier is { } given && levelTier is { } expected && given != expected)
            guard.Add("tier", ErrorCodes.Conflict, $"A session organised by region {code} is a {expected} session, not {given}.");
        if (!Enum.IsDefined(d.Form)) guard.Add("form", ErrorCodes.Invalid, "form is not a training form.");
        if (d.Topics == TrainingTopic.None) guard.Add("topics", ErrorCodes.Required, "topics must name at least one topic.");
        var title = guard.Text("title", d.Title, MaxTitleLength);
        var location = guard.OptionalText("location", d.Location, MaxLocationLength);
        var minutes = TrainingHours.ToMinutes(guard, "hours", d.Hours);
        if (minutes is <= 0 or > TrainingHours.MaxSessionMinutes)
            guard.Add("hours", ErrorCodes.OutOfRange, "hours must be more than 0 and at most 24.");
        else if (minutes < creditedMinutes)
            guard.Add("hours", ErrorCodes.Conflict, $"An attendee is already credited {TrainingHours.ToHours(creditedMinutes)} hours; hours must not be less.");
        guard.ThrowIfAny();

        RegionCode = code;
        Tier = tier!.Value;
        Form = d.Form;
        Topics = d.Topics;
        Title = title;
        Date = d.Date;
        Minutes = minutes!.Value;
        Location = location;
        IsPractical = d.IsPractical ?? IsPracticalByDefault(d.Form);
    }

    private static bool IsBureauRegion(string code) => Regions.RegionCode.IsWellFormed(code) && code.Length <= 9;
}
