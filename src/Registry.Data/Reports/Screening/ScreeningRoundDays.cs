namespace Registry.Data.Reports.Screening;

/// <summary>
/// Read model of the screening report: the days of one calendar year on which a committee held a round (any kind), as
/// bit masks — bit d of <c>M{d ÷ 62}</c> for the year's day d (1 January is 0). Derived from the rounds alone, never
/// from a policy, so no policy change makes it stale; it is rebuilt for the committees whose rounds a write adds
/// (<see cref="ScreeningRoundDaysSql.RefreshAsync"/>), in the write's transaction, and tests check it equals the
/// recomputation from the rounds. The report then reads one row per committee and year instead of every round.
/// </summary>
public sealed class ScreeningRoundDays
{
    public const int DaysPerMask = 62;
    public const int Masks = 6;

    private ScreeningRoundDays() { }

    public long CommitteeId { get; private set; }
    public int Year { get; private set; }
    public long M0 { get; private set; }
    public long M1 { get; private set; }
    public long M2 { get; private set; }
    public long M3 { get; private set; }
    public long M4 { get; private set; }
    public long M5 { get; private set; }
}
