using Registry.Data.Querying;
using Registry.Domain.Disputes;

namespace Registry.Data.Reports.Cases;

public sealed record RegionCaseCounts(string RegionCode, CaseCounts Stats);
