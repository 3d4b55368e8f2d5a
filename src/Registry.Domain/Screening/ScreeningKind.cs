namespace Registry.Domain.Screening;

/// <summary>What kind of round was held; any kind counts towards the cadence.</summary>
public enum ScreeningKind
{
    /// <summary>定期排查: the regular round of the cadence.</summary>
    Routine,
    /// <summary>专项排查: a round on one theme or field.</summary>
    Special,
    /// <summary>重点时段排查: a round of a sensitive period (两会, 春节, …).</summary>
    KeyPeriod,
}
