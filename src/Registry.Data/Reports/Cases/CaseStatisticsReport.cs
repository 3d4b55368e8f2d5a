using Registry.Data.Querying;
using Registry.Domain.Disputes;

namespace Registry.Data.Reports.Cases;

/// <summary>Case figures for a region's subtree in a period: totals, by category (most cases first), by direct child region.</summary>
public sealed record CaseStatisticsReport(string RegionCode, DateOnly From, DateOnly To, CaseCounts Totals,
    IReadOnlyList<CategoryCaseCounts> ByCategory, IReadOnlyList<RegionCaseCounts> ByRegion);
