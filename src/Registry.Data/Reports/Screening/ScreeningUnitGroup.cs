using Registry.Domain.Screening;

namespace Registry.Data.Reports.Screening;

/// <summary>
/// Units of one level whose most specific covering policy region is <see cref="PolicyRegion"/>: every one of them owes
/// the same <see cref="Periods"/>, so the domain computes them once per group, not per committee.
/// </summary>
public sealed record ScreeningUnitGroup(int Number, string PolicyRegion, ScreeningLevel Level, IReadOnlyList<RequiredPeriod> Periods);
