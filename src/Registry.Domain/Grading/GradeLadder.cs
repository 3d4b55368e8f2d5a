using Registry.Domain.Common;

namespace Registry.Domain.Grading;

/// <summary>
/// A jurisdiction's grade ladder (人民调解员等级) for an effective period: its ordered levels and each level's criteria.
/// Policy as data: resolved most-specific-wins like staffing policies (<see cref="GradeLadderResolver"/>), and a new
/// version is a new ladder, so an assessment made under an earlier one keeps its meaning.
/// </summary>
public class GradeLadder : Entity, Regions.IRegionalPolicy
{
    public const int MaxTitleLength = 200;
    public const int MaxSourceLength = 500;
    public const int MaxLevels = 10;
    public const int MaxYears = 50;

    private readonly List<GradeLevel> levels = [];

    private GradeLadder() { }

    public string RegionCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string SourceDocument { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }
    /// <summary>Lowest rank first.</summary>
    public IReadOnlyList<GradeLevel> Levels => levels;

    public DatePeriod Period => new(EffectiveFrom, EffectiveTo);

    public bool IsInForceOn(DateOnly day) => Period.Contains(day);

    /// <summary>The region code of the national default ladder, which every region falls back to.</summary>
    public const string National = Access.AccessRules.Nationwide;

    /// <summary>Whether this ladder's region is <paramref name="regionCode"/> or encloses it (the national one encloses all).</summary>
    public bool Covers(string regionCode) => RegionCode == National || Regions.RegionCode.Covers(RegionCode, regionCode);

    /// <summary>How specific the ladder's region is: its code's length, 0 for the national default.</summary>
    public int Specificity => Regions.RegionCode.Specificity(RegionCode);

    /// <summary>The level the ladder writes as <paramref name="name"/> (or whose code it is), or null.</summary>
    public GradeLevel? LevelNamed(string? name)
    {
        var wanted = name?.Trim();
        return levels.FirstOrDefault(l => l.Name == wanted) ?? levels.FirstOrDefault(l => string.Equals(l.Code, wanted, StringComparison.OrdinalIgnoreCase));
    }

    public static GradeLadder Create(GradeLadderDetails details)
    {
        var ladder = new GradeLadder();
        ladder.Apply(details);
        return ladder;
    }

    /// <summary>An open-ended earlier version of the same region ends the day before this one starts (as for staffing policies).</summary>
    public GradeLadder? Supersede(IEnumerable<GradeLadder> existing)
    {
        var open = existing.FirstOrDefault(other => !ReferenceEquals(other, this) && other.RegionCode == RegionCode
                                                    && other.EffectiveTo is null && other.EffectiveFrom < EffectiveFrom);
        if (open is not null) open.EffectiveTo = EffectiveFrom.AddDays(-1);
        return open;
    }

    public void CheckNoOverlap(IEnumerable<GradeLadder> existing) => Regions.RegionalPolicy.CheckNoOverlap(this, existing, "grade ladder");

    private void Apply(GradeLadderDetails d)
    {
        var guard = new Guard();
        if (d.RegionCode != National && !Regions.RegionCode.IsWellFormed(d.RegionCode))
            guard.Add("regionCode", ErrorCodes.Invalid, $"regionCode must be a statistical code of 2, 4, 6, 9 or 12 digits, or {National} for the national default.");
        var title = guard.Text("title", d.Title, MaxTitleLength);
        var source = guard.Text("sourceDocument", d.SourceDocument, MaxSourceLength);
        if (d.EffectiveTo is { } to && to < d.EffectiveFrom)
            guard.Add("effectiveTo", ErrorCodes.OutOfRange, "effectiveTo must not be before effectiveFrom.");
        var given = d.Levels ?? [];
        if (given.Count == 0) guard.Add("levels", ErrorCodes.Required, "A ladder needs at least one level.");
        if (given.Count > MaxLevels) guard.Add("levels", ErrorCodes.OutOfRange, $"A ladder has at most {MaxLevels} levels.");
        for (var i = 0; i < given.Count; i++) CheckLevel(guard, $"levels.{i}", given[i], given);
        guard.ThrowIfAny();

        RegionCode = d.RegionCode!;
        Title = title;
        SourceDocument = source;
        EffectiveFrom = d.EffectiveFrom;
        EffectiveTo = d.EffectiveTo;
        levels.Clear();
        levels.AddRange(given.OrderBy(l => l.Rank).Select(GradeLevel.From));
    }

    private static void CheckLevel(Guard guard, string at, GradeLevelDetails l, IReadOnlyList<GradeLevelDetails> all)
    {
        guard.Text($"{at}.code", l.Code, 20);
        guard.Text($"{at}.name", l.Name, 20);
        if (l.Rank < GradeLevel.EntryRank || l.Rank > all.Count)
            guard.Add($"{at}.rank", ErrorCodes.OutOfRange, $"rank must be between 1 (the entry level) and {all.Count} (the number of levels).");
        if (all.Count(o => o.Rank == l.Rank) > 1)
            guard.Add($"{at}.rank", ErrorCodes.Duplicate, $"Two levels have rank {l.Rank}; each level needs its own.");
        if (l.Name is not null && all.Count(o => o.Name?.Trim() == l.Name.Trim()) > 1)
            guard.Add($"{at}.name", ErrorCodes.Duplicate, $"Two levels are named {l.Name.Trim()}.");
        if (l.Code is not null && all.Count(o => string.Equals(o.Code?.Trim(), l.Code.Trim(), StringComparison.OrdinalIgnoreCase)) > 1)
            guard.Add($"{at}.code", ErrorCodes.Duplicate, $"Two levels have the code {l.Code.Trim()}.");
        Count(guard, $"{at}.minYearsOfService", l.MinYearsOfService, MaxYears);
        Count(guard, $"{at}.minCasesLed", l.MinCasesLed, 100_000);
        Count(guard, $"{at}.minYearsAtLevelBelow", l.MinYearsAtLevelBelow, MaxYears);
        Window(guard, $"{at}.casesLedYears", l.CasesLedYears, l.MinCasesLed is not null);
        Window(guard, $"{at}.oralShareYears", l.OralShareYears, l.MaxOralAgreementShare is not null);
        Window(guard, $"{at}.agreementRateYears", l.AgreementRateYears, l.MinAgreementRate is not null);
        Window(guard, $"{at}.trainingYears", l.TrainingYears, l.MinTrainingHours is not null);
        Window(guard, $"{at}.noCriminalCaseYears", l.NoCriminalCaseYears, false);
        Window(guard, $"{at}.noUpheldComplaintYears", l.NoUpheldComplaintYears, false);
        Share(guard, $"{at}.maxOralAgreementShare", l.MaxOralAgreementShare);
        Share(guard, $"{at}.minAgreementRate", l.MinAgreementRate);
        if (l.MinTrainingHours is < 0 or > 10_000)
            guard.Add($"{at}.minTrainingHours", ErrorCodes.OutOfRange, "minTrainingHours must be between 0 and 10000.");
        if (l.MinYearsAtLevelBelow is not null && l.Rank == GradeLevel.EntryRank)
            guard.Add($"{at}.minYearsAtLevelBelow", ErrorCodes.Invalid, "The entry level (rank 1) has no level below it.");
    }

    private static void Count(Guard guard, string field, int? value, int max)
    {
        if (value is < 0) guard.Add(field, ErrorCodes.OutOfRange, $"{field.Split('.')[^1]} must not be negative.");
        else if (value > max) guard.Add(field, ErrorCodes.OutOfRange, $"{field.Split('.')[^1]} must be at most {max}.");
    }

    /// <summary>A look-back window of whole years; required when its criterion is stated (<paramref name="needed"/>).</summary>
    private static void Window(Guard guard, string field, int? years, bool needed)
    {
        var name = field.Split('.')[^1];
        if (years is null && needed) guard.Add(field, ErrorCodes.Required, $"{name} is required with its criterion: over how many years it is counted.");
        else if (years is < 1 or > MaxYears) guard.Add(field, ErrorCodes.OutOfRange, $"{name} must be between 1 and {MaxYears}.");
    }

    private static void Share(Guard guard, string field, decimal? share)
    {
        if (share is < 0 or > 1) guard.Add(field, ErrorCodes.OutOfRange, $"{field.Split('.')[^1]} is a share and must be between 0 and 1 (0.3 for 30%).");
    }
}
