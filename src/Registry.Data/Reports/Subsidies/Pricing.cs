namespace Registry.Data.Reports.Subsidies;

/// <summary>
/// Which lines a statement prices: reads its grade, coefficient and person's share (<see cref="SubsidySql.With"/>). Every
/// amount is right whichever it is, since a line its case's reason decides pays nothing; the choice is which lines show
/// their grade, coefficient and share.
/// </summary>
internal enum Pricing
{
    /// <summary>Every line: exports and a claim's frozen lines.</summary>
    Every,

    /// <summary>Only the undecided lines: the sums (totals, reasons, regions, mediators, committees) read no line's prices.</summary>
    Undecided,

    /// <summary>
    /// The undecided lines and the first <c>@limit</c> decided lines after the line key <c>@after</c>: a page of lines,
    /// whatever its filter, holds no other decided line.
    /// </summary>
    UndecidedAndPage,
}
