namespace Registry.Domain.Grading;

/// <summary>
/// A part of a region whose mediators one ladder judges (<see cref="GradeLadderResolver.Zones"/>): <see cref="RegionCode"/>'s
/// subtree, less the zones listed before it, under <see cref="Ladder"/> (null when no ladder governs it).
/// </summary>
public sealed record GradeZone(string RegionCode, GradeLadder? Ladder);
