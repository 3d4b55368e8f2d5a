using Registry.Domain.Common;

namespace Registry.Domain.Regions;

/// <summary>
/// A rule set a region issues for an effective period (staffing policies, training requirements): the most specific
/// one in force on a day governs, so one region's periods must never overlap.
/// </summary>
public interface IRegionalPolicy : IRegional
{
    long Id { get; }
    string Title { get; }
    DatePeriod Period { get; }
}
