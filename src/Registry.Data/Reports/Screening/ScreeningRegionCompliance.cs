namespace Registry.Data.Reports.Screening;

/// <summary>The report's counts for one region (the whole or one direct child).</summary>
public sealed record ScreeningRegionCompliance(string RegionCode, string? Name, int UnitCount, int CompliantCount, int RequiredRounds,
    int RecordedRounds, int VillageCount, int VillagesWithInformationOfficer)
{
    public int MissedRounds => RequiredRounds - RecordedRounds;

    public static ScreeningRegionCompliance Sum(string regionCode, string? name, IEnumerable<ScreeningChildRow> rows, IEnumerable<InformantCoverageRow> coverage)
    {
        var r = rows.ToList();
        var c = coverage.ToList();
        return new(regionCode, name, r.Sum(x => x.Units), r.Sum(x => x.Compliant), r.Sum(x => x.Required), r.Sum(x => x.Recorded),
            c.Sum(x => x.Villages), c.Sum(x => x.Covered));
    }
}
