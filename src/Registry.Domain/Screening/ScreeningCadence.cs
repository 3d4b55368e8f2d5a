namespace Registry.Domain.Screening;

/// <summary>How often a level must screen; the periods each cadence cuts a calendar into are <see cref="ScreeningCalendar"/>'s.</summary>
public enum ScreeningCadence
{
    /// <summary>每天: one round a day.</summary>
    Daily,
    /// <summary>每周: weeks run Monday to Sunday.</summary>
    Weekly,
    /// <summary>每半月: the 1st–15th and the 16th–last day of each month.</summary>
    HalfMonthly,
    /// <summary>每月: calendar months.</summary>
    Monthly,
    /// <summary>每季度: calendar quarters (January–March, …).</summary>
    Quarterly,
}
