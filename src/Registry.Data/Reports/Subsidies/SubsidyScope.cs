namespace Registry.Data.Reports.Subsidies;

/// <summary>What a statement covers: the cases of a region's subtree closed from <see cref="From"/> to <see cref="To"/> (inclusive).</summary>
public sealed record SubsidyScope(string RegionCode, DateOnly From, DateOnly To)
{
    /// <summary>A statement covers at most a year and a day (a fiscal year, however it falls).</summary>
    public const int MaxDays = 366;
}
