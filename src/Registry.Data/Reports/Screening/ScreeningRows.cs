namespace Registry.Data.Reports.Screening;

/// <summary>Per child region: units that owe rounds, those that held every one, periods owed and periods with a round.</summary>
public sealed record ScreeningChildRow(string Child, int Units, int Compliant, int Required, int Recorded);

/// <summary>Per child region: village and community committees, and those with an information officer serving.</summary>
public sealed record InformantCoverageRow(string Child, int Villages, int Covered);

/// <summary>A unit and a period it owed without a round; <see cref="Key"/> orders and pages the list.</summary>
public sealed record MissedRoundRow(long CommitteeId, DateOnly PeriodStart, DateOnly PeriodEnd, long Key);
