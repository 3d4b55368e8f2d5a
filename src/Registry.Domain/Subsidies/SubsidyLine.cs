namespace Registry.Domain.Subsidies;

/// <summary>
/// One mediator's line of one case, as <see cref="SubsidyRule"/> works it out: the share of the case (a fraction
/// <see cref="ShareNumerator"/>/<see cref="ShareDenominator"/>), that share in whole fen (<see cref="BaseFen"/>), the
/// coefficient and percent applied, the amount before and after the monthly cap, and the reason.
/// </summary>
public sealed record SubsidyLine(
    long CaseId,
    long MediatorId,
    bool IsLead,
    int ShareNumerator,
    int ShareDenominator,
    long BaseFen,
    int CoefficientPermille,
    int PersonPercent,
    long AmountBeforeCapFen,
    long AmountFen,
    SubsidyReason Reason);
