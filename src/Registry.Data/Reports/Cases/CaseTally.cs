using System.Linq.Expressions;
using Registry.Domain.Disputes;

namespace Registry.Data.Reports.Cases;

/// <summary>One GROUP BY row of integer tallies; the ratios are the domain's (<see cref="CaseCounts"/>).</summary>
public sealed class CaseTally<TKey>
{
    public TKey Key { get; init; } = default!;
    public int Closed { get; init; }
    public int Written { get; init; }
    public int Oral { get; init; }
    public int Failed { get; init; }
    public int Referred { get; init; }
    public int Withdrawn { get; init; }
    public int TurnedCriminal { get; init; }
    public int EnteredLate { get; init; }
    public int FollowedUp { get; init; }
    public long Days { get; init; }

    public CaseCounts ToCounts() => new(Closed, Written, Oral, Failed, Referred, Withdrawn, TurnedCriminal, EnteredLate, FollowedUp, Days);
}
