namespace Registry.Domain.Staffing;

/// <summary>Facts about each <see cref="TargetMetric"/> that validation and reports share.</summary>
public static class TargetMetrics
{
    public static TargetUnit UnitOf(TargetMetric metric) => metric switch
    {
        TargetMetric.FullTimeGrowth => TargetUnit.Rate,
        TargetMetric.PersonalStudioCount
            or TargetMetric.NewIndustryCommitteesPerCounty
            or TargetMetric.StandardisedChamberCommitteeCount
            or TargetMetric.BrandStudiosPerCounty => TargetUnit.Count,
        _ => TargetUnit.Share,
    };
}
