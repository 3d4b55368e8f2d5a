namespace Registry.Data.Reports.Staffing;

/// <summary>A committee's assessment with the committee's name, as an export writes it (one row of the 委员会 sheet).</summary>
public sealed record NamedCommitteeAssessment(CommitteeAssessment Assessment, string Name);
