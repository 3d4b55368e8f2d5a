using Registry.Domain.Common;

namespace Registry.Domain.Training;

/// <summary>
/// A jurisdiction's training requirement (培训要求) for an effective period: minimum hours a year, minimum practical
/// sessions (实训) a year, and pre-service hours (岗前培训) before a first certificate. Policy as data, resolved like
/// staffing policies by <see cref="TrainingRequirementResolver"/>.
/// </summary>
public class TrainingRequirement : Entity, Regions.IRegionalPolicy
{
    public const int MaxTitleLength = 200;
    public const int MaxSourceLength = 500;
    public const int MaxQuoteLength = 1000;
    public const int MaxYearlyMinutes = 1000 * 60;

    private TrainingRequirement() { }

    public string RegionCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string SourceDocument { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }
    public int? MinMinutesPerYear { get; private set; }
    public int? MinPracticalSessionsPerYear { get; private set; }
    public int? PreServiceMinutes { get; private set; }
    /// <summary>The sentence of the source the figures come from, verbatim.</summary>
    public string? Quote { get; private set; }

    public DatePeriod Period => new(EffectiveFrom, EffectiveTo);

    public bool IsInForceOn(DateOnly day) => Period.Contains(day);

    public static TrainingRequirement Create(TrainingRequirementDetails details)
    {
        var requirement = new TrainingRequirement();
        requirement.Apply(details);
        return requirement;
    }

    public void Update(TrainingRequirementDetails details) => Apply(details);

    /// <summary>Rejects a period that overlaps another requirement of the same region (<see cref="Regions.RegionalPolicy"/>).</summary>
    public void CheckNoOverlap(IEnumerable<TrainingRequirement> existing) => Regions.RegionalPolicy.CheckNoOverlap(this, existing, "training requirement");

    private void Apply(TrainingRequirementDetails d)
    {
        var guard = new Guard();
        if (!Regions.RegionCode.IsWellFormed(d.RegionCode))
            guard.Add("regionCode", ErrorCodes.Invalid, "regionCode must be a statistical code of 2, 4, 6, 9 or 12 digits.");
        var title = guard.Text("title", d.Title, MaxTitleLength);
        var source = guard.Text("sourceDocument", d.SourceDocument, MaxSourceLength);
        var quote = guard.OptionalText("quote", d.Quote, MaxQuoteLength, multiline: true);
        if (d.EffectiveTo is { } to && to < d.EffectiveFrom)
            guard.Add("effectiveTo", ErrorCodes.OutOfRange, "effectiveTo must not be before effectiveFrom.");
        var yearly = Minutes(guard, "minHoursPerYear", d.MinHoursPerYear);
        var preService = Minutes(guard, "preServiceHours", d.PreServiceHours);
        if (d.MinPracticalSessionsPerYear is < 0 or > 366)
            guard.Add("minPracticalSessionsPerYear", ErrorCodes.OutOfRange, "minPracticalSessionsPerYear must be between 0 and 366.");
        if (d.MinHoursPerYear is null && d.MinPracticalSessionsPerYear is null && d.PreServiceHours is null)
            guard.Add("minHoursPerYear", ErrorCodes.Required, "A requirement must state at least one of minHoursPerYear, minPracticalSessionsPerYear and preServiceHours.");
        guard.ThrowIfAny();

        RegionCode = d.RegionCode!;
        Title = title;
        SourceDocument = source;
        Quote = quote;
        EffectiveFrom = d.EffectiveFrom;
        EffectiveTo = d.EffectiveTo;
        MinMinutesPerYear = yearly;
        MinPracticalSessionsPerYear = d.MinPracticalSessionsPerYear;
        PreServiceMinutes = preService;
    }

    private static int? Minutes(Guard guard, string field, decimal? hours)
    {
        var minutes = TrainingHours.ToMinutes(guard, field, hours);
        if (minutes > MaxYearlyMinutes) guard.Add(field, ErrorCodes.OutOfRange, $"{field} must be at most {MaxYearlyMinutes / 60}.");
        return minutes;
    }
}
