namespace Registry.Domain.Training;

/// <summary>The level of the bureau that organises a session (分级培训); county is the main tier (seed 003: 以县(市、区)为主).</summary>
public enum TrainingTier
{
    Province,
    Prefecture,
    County,
    Township,
}
