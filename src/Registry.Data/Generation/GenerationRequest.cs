using Registry.Domain.Access;

namespace Registry.Data.Generation;

/// <summary>
/// What <see cref="RosterGenerator"/> fills: the roster of <paramref name="Scope"/> (a region code, or <c>CN</c> for the
/// whole country) drawn from <paramref name="Seed"/>, with a year of cases up to <paramref name="AsOf"/>. The same three
/// give the same rows, row for row: the day is a parameter, never the clock.
/// </summary>
public sealed record GenerationRequest(string Scope, int Seed, DateOnly AsOf)
{
    /// <summary>The day the generated year ends on when none is given.</summary>
    public static readonly DateOnly DefaultAsOf = new(2026, 11, 30);

    public bool IsNational => Scope == AccessRules.Nationwide;

    /// <summary>A random source of its own for each phase, so that changing one phase leaves the others' rows alone.</summary>
    internal Random RandomFor(int phase) => new(unchecked(Seed * 7919 + phase * 104729));
}
