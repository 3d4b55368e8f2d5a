using Registry.Domain.Common;

namespace Registry.Domain.Grading;

/// <summary>
/// A bureau's assessment of a mediator into a grade (等级评定) on a day. Assessments are never changed or removed: the
/// history is the record, and a mediator's grade on a day is the latest assessment on or before it. The level is kept
/// as the ladder then in force wrote it (code, name and rank), so a later ladder does not rewrite the past.
/// </summary>
public class GradeAssessment : Entity, Regions.IRegional
{
    public const int MaxBasisLength = 500;

    private GradeAssessment() { }

    public long MediatorId { get; private set; }
    public long LadderId { get; private set; }
    public string LevelCode { get; private set; } = "";
    public string LevelName { get; private set; } = "";
    public int Rank { get; private set; }
    public DateOnly AssessedOn { get; private set; }
    /// <summary>The assessing bureau's region.</summary>
    public string RegionCode { get; private set; } = "";
    /// <summary>What the assessment rests on (评定依据), e.g. the decision's number.</summary>
    public string Basis { get; private set; } = "";

    /// <param name="ladder">The ladder governing <paramref name="regionCode"/> on <paramref name="assessedOn"/>, or null when none does.</param>
    public static GradeAssessment Record(long mediatorId, GradeLadder? ladder, string? level, DateOnly assessedOn, string regionCode,
        string? basis, DateOnly today)
    {
        var guard = new Guard();
        var text = guard.Text("basis", basis, MaxBasisLength);
        if (assessedOn == default) guard.Add("assessedOn", ErrorCodes.Required, "assessedOn is required.");
        else if (assessedOn > today) guard.Add("assessedOn", ErrorCodes.OutOfRange, $"assessedOn must not be in the future (today is {today:yyyy-MM-dd}).");
        GradeLevel? found = null;
        if (ladder is null)
            guard.Add("level", ErrorCodes.NotFound, $"No grade ladder is in force for {regionCode} on {assessedOn:yyyy-MM-dd}; set one with setGradeLadder first.");
        else if ((found = ladder.LevelNamed(level)) is null)
            guard.Add("level", ErrorCodes.NotFound, $"'{level}' is not a level of the ladder in force ({ladder.Title}): it has {string.Join(", ", ladder.Levels.Select(l => l.Name))}.");
        guard.ThrowIfAny();
        return new GradeAssessment
        {
            MediatorId = mediatorId, LadderId = ladder!.Id, LevelCode = found!.Code, LevelName = found.Name, Rank = found.Rank,
            AssessedOn = assessedOn, RegionCode = regionCode, Basis = text,
        };
    }

    /// <summary>The grade on <paramref name="day"/>: the latest assessment on or before it (ties: the later recorded).</summary>
    public static GradeAssessment? On(IEnumerable<GradeAssessment> history, DateOnly day) =>
        history.Where(a => a.AssessedOn <= day).OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.Id).FirstOrDefault();

    /// <summary>
    /// Since when the grade held on <paramref name="day"/> has been held: the first assessment at that rank after the last
    /// one at another rank (a re-assessment at the same rank does not restart the count).
    /// </summary>
    public static DateOnly? HeldSince(IEnumerable<GradeAssessment> history, DateOnly day)
    {
        var past = history.Where(a => a.AssessedOn <= day).OrderBy(a => a.AssessedOn).ThenBy(a => a.Id).ToList();
        if (past.Count == 0) return null;
        var rank = past[^1].Rank;
        var since = past[^1].AssessedOn;
        for (var i = past.Count - 1; i >= 0 && past[i].Rank == rank; i--) since = past[i].AssessedOn;
        return since;
    }
}
