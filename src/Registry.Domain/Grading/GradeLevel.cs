namespace Registry.Domain.Grading;

/// <summary>
/// One level of a grade ladder (e.g. 四级): a stable code, the name the ladder writes, and a rank — 1 is the entry
/// level, each level above one more (so 首席 above 一级 is simply the highest rank). Its criteria are stored as
/// nullable figures (a null figure: the level does not ask it) and read back as <see cref="Criteria"/>.
/// </summary>
public sealed class GradeLevel
{
    /// <summary>The entry level's rank, the lowest a level has (<see cref="GradeLadder"/> checks it).</summary>
    public const int EntryRank = 1;

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int Rank { get; private set; }
    public int? MinYearsOfService { get; private set; }
    public int? MinCasesLed { get; private set; }
    public int? CasesLedYears { get; private set; }
    public decimal? MaxOralAgreementShare { get; private set; }
    public int? OralShareYears { get; private set; }
    public decimal? MinAgreementRate { get; private set; }
    public int? AgreementRateYears { get; private set; }
    /// <summary>Hours; null with <see cref="TrainingYears"/> set means the governing training requirement's yearly hours.</summary>
    public decimal? MinTrainingHours { get; private set; }
    public int? TrainingYears { get; private set; }
    public int? NoCriminalCaseYears { get; private set; }
    public int? NoUpheldComplaintYears { get; private set; }
    public int? MinYearsAtLevelBelow { get; private set; }
    public bool RequiresValidCertificate { get; private set; }

    private GradeLevel() { }

    internal static GradeLevel From(GradeLevelDetails d) => new()
    {
        Code = d.Code!.Trim(), Name = d.Name!.Trim(), Rank = d.Rank,
        MinYearsOfService = d.MinYearsOfService, MinCasesLed = d.MinCasesLed, CasesLedYears = d.CasesLedYears,
        MaxOralAgreementShare = d.MaxOralAgreementShare, OralShareYears = d.OralShareYears,
        MinAgreementRate = d.MinAgreementRate, AgreementRateYears = d.AgreementRateYears,
        MinTrainingHours = d.MinTrainingHours, TrainingYears = d.TrainingYears,
        NoCriminalCaseYears = d.NoCriminalCaseYears, NoUpheldComplaintYears = d.NoUpheldComplaintYears,
        MinYearsAtLevelBelow = d.MinYearsAtLevelBelow, RequiresValidCertificate = d.RequiresValidCertificate,
    };

    /// <summary>The criteria this level asks, in <see cref="CriterionKind"/> order.</summary>
    public IReadOnlyList<GradeCriterion> Criteria
    {
        get
        {
            var list = new List<GradeCriterion>();
            if (MinYearsOfService is { } service) list.Add(new(CriterionKind.YearsOfService, service, null));
            if (MinCasesLed is { } cases) list.Add(new(CriterionKind.CasesLed, cases, CasesLedYears));
            if (MaxOralAgreementShare is { } oral) list.Add(new(CriterionKind.OralAgreementShare, oral, OralShareYears));
            if (MinAgreementRate is { } rate) list.Add(new(CriterionKind.AgreementRate, rate, AgreementRateYears));
            if (MinTrainingHours is not null || TrainingYears is not null)
                list.Add(new(CriterionKind.TrainingHours, MinTrainingHours, TrainingYears ?? 1));
            if (NoCriminalCaseYears is { } criminal) list.Add(new(CriterionKind.NoCriminalCase, null, criminal));
            if (NoUpheldComplaintYears is { } complaints) list.Add(new(CriterionKind.NoUpheldComplaint, null, complaints));
            if (MinYearsAtLevelBelow is { } below) list.Add(new(CriterionKind.YearsAtLevelBelow, below, null));
            if (RequiresValidCertificate) list.Add(new(CriterionKind.ValidCertificate, null, null));
            return list;
        }
    }

    /// <summary>The criterion of <paramref name="kind"/>, or null when this level does not ask it.</summary>
    public GradeCriterion? Criterion(CriterionKind kind) => Criteria.FirstOrDefault(c => c.Kind == kind);
}
