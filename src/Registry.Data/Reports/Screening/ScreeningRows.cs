namespace Registry.Data.Reports.Screening;

/// <summary>Per child region: units that owe rounds, those that held every one, periods owed and periods with a round.</summary>
public sealed record ScreeningChildRow(string Child, int Units, int Compliant, int Required, int Recorded);

/// <summary>Per child region: village and community committees, and those with an information officer serving.</summary>
public sealed record InformantCoverageRow(string Child, int Villages, int Covered);

/// <summary>A unit and a period it owed without a round; <see cref="Key"/> orders and pages the list.</summary>
public sealed record MissedRoundRow(long CommitteeId, DateOnly PeriodStart, DateOnly PeriodEnd, long Key);

/// <summary>
/// A committee that may owe rounds in the span, and the days it held one on: bit d of <see cref="Masks"/>[d ÷ 62] for the
/// span's first day + d.
/// </summary>
public sealed record ScreeningUnitDays(long CommitteeId, string RegionCode, CommitteeKind Kind, DateOnly EstablishedOn, DateOnly? DissolvedOn,
    long[] Masks)
{
    /// <summary>Sets the days of <paramref name="year"/>'s masks (bit d of mask d ÷ 62: the year's day d) that lie in the span.</summary>
    public void AddYear(int year, long[] yearMasks, DateOnly from, DateOnly to)
    {
        var january1 = new DateOnly(year, 1, 1).DayNumber;
        for (var chunk = 0; chunk < yearMasks.Length; chunk++)
            for (var bits = (ulong)yearMasks[chunk]; bits != 0; bits &= bits - 1)
            {
                var day = january1 + chunk * ScreeningComplianceQueries.DaysPerChunk + System.Numerics.BitOperations.TrailingZeroCount(bits);
                if (day < from.DayNumber || day > to.DayNumber) continue;
                var offset = day - from.DayNumber;
                Masks[offset / ScreeningComplianceQueries.DaysPerChunk] |= 1L << (offset % ScreeningComplianceQueries.DaysPerChunk);
            }
    }

    /// <summary>Whether a round was held on a day from <paramref name="first"/> to <paramref name="last"/> (offsets in the span, inclusive).</summary>
    public bool HeldBetween(int first, int last)
    {
        for (var chunk = first / ScreeningComplianceQueries.DaysPerChunk; chunk <= last / ScreeningComplianceQueries.DaysPerChunk; chunk++)
        {
            var low = Math.Max(first - chunk * ScreeningComplianceQueries.DaysPerChunk, 0);
            var high = Math.Min(last - chunk * ScreeningComplianceQueries.DaysPerChunk, ScreeningComplianceQueries.DaysPerChunk - 1);
            var wanted = (long)((ulong.MaxValue >> (63 - high)) & (ulong.MaxValue << low));
            if ((Masks[chunk] & wanted) != 0) return true;
        }
        return false;
    }
}
