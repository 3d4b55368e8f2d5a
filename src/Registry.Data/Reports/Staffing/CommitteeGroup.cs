namespace Registry.Data.Reports.Staffing;

/// <summary>
/// Active committees that the staffing rules cannot tell apart: the same policy region governs them
/// (<paramref name="PolicyRegion"/>, null when none does), they sit in the same child region of the report
/// (<paramref name="Child"/>, the code prefix; shorter when the committee sits at the reported region itself), and they
/// share kind, designation and full-time count. <paramref name="Count"/> committees are alike.
/// </summary>
public sealed record CommitteeGroup(string? PolicyRegion, string Child, CommitteeKind Kind, bool HasFullTimeConditions, int FullTime, int Count);
