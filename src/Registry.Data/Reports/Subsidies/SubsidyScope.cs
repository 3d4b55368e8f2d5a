namespace Registry.Data.Reports.Subsidies;

/// <summary>What a statement covers: the cases of a region's subtree closed from <see cref="From"/> to <see cref="To"/> (inclusive).</summary>
public sealed record SubsidyScope(string RegionCode, DateOnly From, DateOnly To)
{
    /// <summary>A statement covers at most a year and a day (a fiscal year, however it falls).</summary>
    public const int MaxDays = 366;

    /// <summary>A province or the country: a scope whose statement reads the span read models whole and runs in parts.</summary>
    public bool IsWide => RegionCode == Domain.Regions.RegionCode.Nation
        || Domain.Regions.RegionCode.LevelOf(RegionCode) == Domain.Regions.RegionLevel.Province;

    /// <summary>
    /// The scope cut at calendar-month boundaries into at most <paramref name="parts"/> consecutive scopes of whole months
    /// (the first and last cut where the scope does), as even in months as they can be: a quarter in three months, a
    /// year in three parts of four. Each line of a statement is judged and capped within its case's calendar month, so
    /// the statement of the scope is the union of the statements of the parts.
    /// </summary>
    public IReadOnlyList<SubsidyScope> InMonthParts(int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        var first = new DateOnly(From.Year, From.Month, 1);
        var months = (To.Year - first.Year) * 12 + To.Month - first.Month + 1;
        if (months < 1) return [this];
        var count = Math.Min(parts, months);
        var result = new List<SubsidyScope>(count);
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            var length = months / count + (i < months % count ? 1 : 0);
            var from = i == 0 ? From : first.AddMonths(start);
            var to = i == count - 1 ? To : first.AddMonths(start + length).AddDays(-1);
            result.Add(this with { From = from, To = to });
            start += length;
        }
        return result;
    }
}
