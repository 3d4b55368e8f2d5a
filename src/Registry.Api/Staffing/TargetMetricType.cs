using Registry.Domain.Staffing;

namespace Registry.Api.Staffing;

public sealed class TargetMetricType : EnumerationGraphType<TargetMetric>
{
    public TargetMetricType()
    {
        Name = "TargetMetric";
        Description = "An aggregate target a staffing policy sets for its jurisdiction: shares as 0–1, FULL_TIME_GROWTH as a yearly rate, " +
                      "PERSONAL_STUDIO_COUNT, NEW_INDUSTRY_COMMITTEES_PER_COUNTY, STANDARDISED_CHAMBER_COMMITTEE_COUNT and BRAND_STUDIOS_PER_COUNTY as counts.";
    }
}
