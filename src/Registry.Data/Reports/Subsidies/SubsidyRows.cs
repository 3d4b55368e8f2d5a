using Registry.Domain.Subsidies;

namespace Registry.Data.Reports.Subsidies;

/// <summary>The totals of a statement (or a part of it): amount before and after the cap, lines, payable lines, cases.</summary>
public sealed record SubsidyTotals(long AmountBeforeCap, long Amount, int Lines, int PayableLines, int Cases)
{
    public static readonly SubsidyTotals Zero = new(0, 0, 0, 0, 0);

    public static SubsidyTotals Sum(IEnumerable<SubsidyTotals> parts) => parts.Aggregate(Zero, (a, b) => new(
        a.AmountBeforeCap + b.AmountBeforeCap, a.Amount + b.Amount, a.Lines + b.Lines, a.PayableLines + b.PayableLines, a.Cases + b.Cases));
}

/// <summary>A statement's totals for one key (a mediator, a committee or a child region) and how many keys there are.</summary>
public sealed record SubsidyGroupRow(long Key, string? Code, SubsidyTotals Totals, int Count);

/// <summary>The totals of the lines of one reason in one child region: the statement's summary rows.</summary>
public sealed record SubsidySummaryRow(SubsidyReason Reason, string Child, SubsidyTotals Totals);

/// <summary>How many lines of a statement end with a reason, and what they pay.</summary>
public sealed record SubsidyReasonRow(SubsidyReason Reason, int Lines, long Amount);

/// <summary>One line of a statement or a claim, with every input it was worked out from.</summary>
public sealed record SubsidyLineRow(
    long LineKey, long CaseId, long MediatorId, bool IsLead, long CommitteeId, string RegionCode, long? PolicyId,
    string ExternalNumber, Registry.Domain.Cases.CaseDifficulty Difficulty, Registry.Domain.Cases.CaseOutcome? Outcome,
    DateOnly ClosedOn, DateOnly EnteredOn, DateOnly? FollowUpOn, string? LevelName, bool LeadCertified,
    int ShareNumerator, int ShareDenominator, long BaseFen, int CoefficientPermille, int PersonPercent,
    long AmountBeforeCap, long Amount, SubsidyReason Reason, int Count);
